using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Inspections.Adhoc;

/// <summary>
/// DOMAIN.md §4 rule 2: a check outside the plan is filed at least the county's advance days before it is done, counted
/// in calendar days of China time (the day a clerk files on, not the UTC day), unless it is of an exempt kind.
/// </summary>
public static class AdhocCheck
{
    public static AdhocVerdict Decide(AdhocCheckRequest request, DateTimeOffset filedAt, InspectionSettings settings)
    {
        if (request.Exemption is { } exemption && settings.Exemptions.Contains(exemption)) return AdhocVerdict.Allow;
        var filedOn = DateOnly.FromDateTime(filedAt.ToOffset(ChinaTime.Offset).DateTime);
        var daysAhead = request.PlannedDate.DayNumber - filedOn.DayNumber;
        return daysAhead >= settings.AdvanceFilingDays
            ? AdhocVerdict.Allow
            : AdhocVerdict.Refuse($"计划外检查须至少提前 {settings.AdvanceFilingDays} 天报备，本次仅提前 {Math.Max(daysAhead, 0)} 天；已转入后续检查计划，不得单独实施");
    }
}
