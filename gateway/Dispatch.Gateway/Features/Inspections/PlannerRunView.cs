using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>A planner run (public contract: POST /api/inspections/planner/runs); the list of runs leaves tasks empty.</summary>
public sealed record PlannerRunView(
    string Id,
    int Year,
    string Period,
    int VisitsPlanned,
    int NaiveVisits,
    int LowerBound,
    IReadOnlyList<ViolationView> Violations,
    int RepeatFlags,
    IReadOnlyList<string> AdhocTaken,
    IReadOnlyList<InspectionTaskView> Tasks,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public static PlannerRunView Of(PlannerRunRecord r, IReadOnlyList<InspectionTask> tasks, CountyDirectory county, DateTimeOffset now) => new(
        r.Id, r.Year, r.Period, r.VisitsPlanned, r.NaiveVisits, r.LowerBound,
        r.Violations.Select(v => new ViolationView(v.CreditCode, v.Rule, v.Message)).ToList(), r.RepeatFlags, r.AdhocTaken,
        tasks.Select(t => InspectionTaskView.Of(t, county, now)).ToList(), r.CreatedAt, r.CreatedBy);
}

public sealed record ViolationView(string EnterpriseId, string Rule, string Message);
