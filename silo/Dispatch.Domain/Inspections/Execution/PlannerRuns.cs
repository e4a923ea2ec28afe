using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// One planner run as the county keeps it: the filed plans plus every queued out-of-plan check whose date falls before the
/// quarter's end (as a named check of its department, rule 2), planned, and turned into tasks numbered within the run.
/// </summary>
public static class PlannerRuns
{
    public sealed record Outcome(PlannerRunRecord Run, IReadOnlyList<InspectionTask> Tasks);

    public static Outcome Run(string runId, int year, string period, ulong seed, IReadOnlyList<EnterpriseRecord> enterprises,
        IReadOnlyList<InspectionHistoryEntry> history, IReadOnlyList<InspectionPlan> plans, IReadOnlyList<AdhocFiling> queued,
        InspectionCatalogue catalogue, InspectionSettings settings, Func<string, string> zoneOfTownship, string by, DateTimeOffset at)
    {
        var quarter = InspectionPeriod.Parse(period)!;
        // The caller passes the queue and what earlier runs of this quarter took, so a repeated run plans the same checks.
        var taken = queued.Where(f => f.Status != AdhocFilingStatus.Allowed && f.PlannedDate <= quarter.Last).ToList();
        var extra = taken.GroupBy(f => f.DepartmentId).Select(g => new InspectionPlan(g.Key, year,
            g.Select(f => new PlanItem(f.ItemCode, null, PlanTarget.Enterprises(f.CreditCode), period)).ToList()));
        var result = Planner.Plan(new PlannerInputs(enterprises, history, [.. plans, .. extra], catalogue.Scenarios, settings), year, period, seed);

        var byCode = enterprises.ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var flagged = result.Flags.Select(f => f.CreditCode).ToHashSet(StringComparer.Ordinal);
        var tasks = result.JointTasks.Select((t, i) =>
        {
            var e = byCode[t.CreditCode];
            return InspectionTask.Of($"{runId}-{i + 1:0000}", runId, t, e, zoneOfTownship(e.TownshipId), flagged.Contains(t.CreditCode), at);
        }).ToList();
        var run = new PlannerRunRecord(runId, year, period, seed, result.VisitsPlanned, result.NaiveVisits, result.LowerBound,
            result.Violations, result.Flags.Count, taken.Select(f => f.Id).ToList(), by, at);
        return new Outcome(run, tasks);
    }

    /// <summary>
    /// The out-of-plan checks a run of a quarter may take in: those still queued, and those that earlier runs of the same
    /// quarter took (a repeated run plans the same checks).
    /// </summary>
    public static IReadOnlyList<AdhocFiling> Waiting(IEnumerable<AdhocFiling> filings, IReadOnlySet<string> earlierRunsOfQuarter) =>
        [.. filings.Where(f => f.Status == AdhocFilingStatus.Queued
            || f.Status == AdhocFilingStatus.Planned && f.RunId is { } r && earlierRunsOfQuarter.Contains(r))];

    /// <summary>The filings with the queued ones that <paramref name="runId"/> took marked planned by it; others stay as they are.</summary>
    public static List<AdhocFiling> Taken(IEnumerable<AdhocFiling> filings, IReadOnlySet<string> taken, string runId) =>
        [.. filings.Select(f => taken.Contains(f.Id) && f.Status == AdhocFilingStatus.Queued ? f with { Status = AdhocFilingStatus.Planned, RunId = runId } : f)];

    /// <summary>The run a task belongs to: task ids are the run's id and a four-digit number.</summary>
    public static string? RunIdOf(string taskId) => taskId.LastIndexOf('-') is > 0 and var dash ? taskId[..dash] : null;
}
