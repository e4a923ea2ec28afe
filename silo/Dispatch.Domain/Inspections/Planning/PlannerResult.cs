namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// The merged plan of one period. <see cref="NaiveVisits"/> is what the departments would have cost the enterprises
/// alone (one visit per department, enterprise and period); <see cref="LowerBound"/> is the fewest visits any plan
/// meeting the same targets could make, so the two bracket <see cref="VisitsPlanned"/>.
/// </summary>
public sealed record PlannerResult(
    int Year,
    string Period,
    ulong Seed,
    IReadOnlyList<JointTask> JointTasks,
    int NaiveVisits,
    int LowerBound,
    IReadOnlyList<PlanViolation> Violations,
    IReadOnlyList<RepeatCheckFlag> Flags,
    IReadOnlyList<SampleDrawRecord> Draws)
{
    public int VisitsPlanned => JointTasks.Count;
}
