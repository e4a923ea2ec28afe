using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// The incident id scheme, <c>{zone}-{yyyyMMdd}-{nnnn}</c>: a zone's desk numbers its incidents from 1 each day, the day
/// counted in China time.
/// </summary>
public sealed record IncidentNumber(string Day, int Sequence)
{
    public static string DayOf(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).ToString("yyyyMMdd");

    /// <summary>The number after <paramref name="last"/> (the desk's previous one, if any) for a report at this time.</summary>
    public static IncidentNumber Next(IncidentNumber? last, DateTimeOffset at) =>
        DayOf(at) is var day && last is not null && last.Day == day ? new(day, last.Sequence + 1) : new(day, 1);

    public string IdIn(string zoneId) => $"{zoneId}-{Day}-{Sequence:0000}";
}
