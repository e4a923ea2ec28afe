using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents;

/// <summary>Deadlines per priority (a category may name its own), counted in the unit the rule names.</summary>
public static class DeadlineRules
{
    /// <summary>Typical limits from DOMAIN.md §2 (all configurable per county).</summary>
    public static readonly IReadOnlyDictionary<Priority, IReadOnlyList<DeadlineLimit>> Defaults = new Dictionary<Priority, IReadOnlyList<DeadlineLimit>>
    {
        [Priority.Urgent] = [new(DeadlineKind.Acknowledge, 5, DeadlineUnit.Minutes), new(DeadlineKind.Arrive, 15, DeadlineUnit.Minutes), new(DeadlineKind.Handle, 2, DeadlineUnit.Hours)],
        [Priority.High] = [new(DeadlineKind.Acknowledge, 10, DeadlineUnit.Minutes), new(DeadlineKind.Arrive, 30, DeadlineUnit.Minutes), new(DeadlineKind.Handle, 24, DeadlineUnit.Hours)],
        [Priority.Normal] = [new(DeadlineKind.Acknowledge, 30, DeadlineUnit.Minutes), new(DeadlineKind.Arrive, 2, DeadlineUnit.Hours), new(DeadlineKind.Handle, 7, DeadlineUnit.WorkingDays)],
        [Priority.Low] = [new(DeadlineKind.Acknowledge, 2, DeadlineUnit.Hours), new(DeadlineKind.Arrive, 1, DeadlineUnit.NaturalDays), new(DeadlineKind.Handle, 15, DeadlineUnit.WorkingDays)],
    };

    public static DateTimeOffset Due(DateTimeOffset start, DeadlineLimit limit, WorkingCalendar calendar) => limit.Unit switch
    {
        DeadlineUnit.Minutes => start.AddMinutes(limit.Amount),
        DeadlineUnit.Hours => start.AddHours(limit.Amount),
        DeadlineUnit.NaturalDays => start.AddDays(limit.Amount),
        DeadlineUnit.WorkingDays => calendar.AddWorkingDays(start, limit.Amount, ChinaTime.Offset),
        _ => throw new ArgumentOutOfRangeException(nameof(limit)),
    };

    public static IReadOnlyList<Deadline> For(IReadOnlyList<DeadlineLimit> limits, DateTimeOffset start, WorkingCalendar calendar) =>
        limits.Select(l => new Deadline(l.Kind, Due(start, l, calendar))).ToList();
}
