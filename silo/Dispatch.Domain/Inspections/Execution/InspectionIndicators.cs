
namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// The joint-inspection figures the documents report (DOMAIN.md §5), over the visits planned in a date range. Rates are
/// 0–1, null when there is nothing to count. A "check" is one department's check of one enterprise: a joint visit of three
/// departments is one visit and three checks. An allowed out-of-plan check is one visit and one check, without a code.
/// </summary>
public sealed record InspectionIndicators(
    int Visits,
    int Checks,
    double? JointRate,
    int VisitsSaved,
    double? PlannedRate,
    double? RepeatRate,
    double? JointInspectionRate,
    double? CodeRate,
    double? PublishedOnTimeRate)
{
    /// <param name="zoneOfEnterprise">the zone of an enterprise by credit code, for out-of-plan checks counted in a zone</param>
    public static InspectionIndicators Compute(IEnumerable<InspectionTask> tasks, IEnumerable<AdhocFiling> filings, IndicatorScope scope, string? id,
        DateOnly from, DateOnly to, DateTimeOffset now, Func<string, string?> zoneOfEnterprise)
    {
        bool InRange(DateOnly d) => d >= from && d <= to;
        var visits = tasks.Where(t => InRange(t.PlannedDate) && scope switch
        {
            IndicatorScope.Zone => t.ZoneId == id,
            IndicatorScope.Department => t.Departments.Any(d => d.DepartmentId == id),
            _ => true,
        }).ToList();
        var adhoc = filings.Where(f => f.Status == AdhocFilingStatus.Allowed && InRange(f.PlannedDate) && scope switch
        {
            IndicatorScope.Zone => zoneOfEnterprise(f.CreditCode) == id,
            IndicatorScope.Department => f.DepartmentId == id,
            _ => true,
        }).ToList();

        // In a department's figures only its own checks count; in a county's or zone's, every department's.
        int ChecksOf(InspectionTask t) => scope == IndicatorScope.Department ? 1 : t.Departments.Count;
        var plannedChecks = visits.Sum(ChecksOf);
        var jointChecks = visits.Where(t => t.IsJoint).Sum(ChecksOf);
        var checks = plannedChecks + adhoc.Count;
        var visitCount = visits.Count + adhoc.Count;
        // A visit saved is a department's separate trip not made: for a department, each joint visit it joined under
        // another department's lead; for an area, every department beyond the first on each visit.
        var saved = scope == IndicatorScope.Department
            ? visits.Count(t => t.IsJoint && t.LeadDepartmentId != id)
            : visits.Sum(t => t.Departments.Count - 1);
        var due = visits.Where(t => t.PublishedAt is not null || t.PublishOverdue(now)).ToList();

        return new InspectionIndicators(
            visitCount,
            checks,
            Rate(jointChecks, checks),
            saved,
            Rate(plannedChecks, checks),
            Rate(visits.Count(t => t.RepeatFlag), visitCount),
            Rate(visits.Count(t => t.IsJoint), visitCount),
            Rate(visits.Count(t => t.Code is not null), visitCount),
            Rate(due.Count(t => t.PublishedOnTime), due.Count));
    }

    static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
}
