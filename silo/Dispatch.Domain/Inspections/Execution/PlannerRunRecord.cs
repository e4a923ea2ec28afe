using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>A kept planner run: its figures, the rules it broke (none, or it is a bug), and when and by whom.</summary>
public sealed record PlannerRunRecord(
    string Id,
    int Year,
    string Period,
    ulong Seed,
    int VisitsPlanned,
    int NaiveVisits,
    int LowerBound,
    IReadOnlyList<PlanViolation> Violations,
    int RepeatFlags,
    IReadOnlyList<string> AdhocTaken,
    string CreatedBy,
    DateTimeOffset CreatedAt);
