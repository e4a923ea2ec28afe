using Dispatch.Domain.Common;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// Checks already done, as the planner counts them against the yearly cap and the repeat window: inspected visits of other
/// quarters (each department's items, on the day results were first recorded, China time) and allowed out-of-plan checks.
/// </summary>
public static class InspectionHistory
{
    public static IReadOnlyList<InspectionHistoryEntry> From(IEnumerable<InspectionTask> tasks, IEnumerable<AdhocFiling> filings, string exceptPeriod)
    {
        var done = tasks
            .Where(t => t.Period != exceptPeriod && t.InspectedAt is not null)
            .SelectMany(t => t.Departments.SelectMany(d => d.ItemCodes.Select(item => new InspectionHistoryEntry(t.CreditCode, d.DepartmentId, item,
                DateOnly.FromDateTime(t.InspectedAt!.Value.ToOffset(ChinaTime.Offset).DateTime), InspectionLevel.County))));
        var adhoc = filings.Where(f => f.Status == AdhocFilingStatus.Allowed)
            .Select(f => new InspectionHistoryEntry(f.CreditCode, f.DepartmentId, f.ItemCode, f.PlannedDate, InspectionLevel.County));
        return [.. done, .. adhoc];
    }
}
