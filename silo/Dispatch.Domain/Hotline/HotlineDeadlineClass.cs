using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// The feedback limits of the 12345 hotline (DOMAIN.md §2): 2 h for danger to life or property, 24 h for water, power,
/// gas and heating, 7 working days ordinary, 15 working days complex. The class sets the incident's handling deadline;
/// acknowledgement and arrival still follow the category and priority.
/// </summary>
public static class HotlineDeadlineClass
{
    public static readonly IReadOnlyDictionary<string, DeadlineLimit> Limits = new Dictionary<string, DeadlineLimit>
    {
        ["2h"] = new(DeadlineKind.Handle, 2, DeadlineUnit.Hours),
        ["24h"] = new(DeadlineKind.Handle, 24, DeadlineUnit.Hours),
        ["7d"] = new(DeadlineKind.Handle, 7, DeadlineUnit.WorkingDays),
        ["15d"] = new(DeadlineKind.Handle, 15, DeadlineUnit.WorkingDays),
    };

    public static DeadlineLimit? LimitOf(string? deadlineClass) =>
        deadlineClass is not null && Limits.TryGetValue(deadlineClass, out var limit) ? limit : null;
}
