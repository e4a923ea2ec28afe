namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// One year of the joint meeting's office, as <see cref="InspectionYears"/> assigns things to years: the departments'
/// plans for it, the out-of-plan filings dated in it, its planner runs and its draws' ids.
/// </summary>
public sealed record OfficeYear(IReadOnlyList<FiledPlan> Plans, IReadOnlyList<AdhocFiling> Filings, IReadOnlyList<PlannerRunRecord> Runs,
    IReadOnlyList<string> DrawIds)
{
    public static readonly OfficeYear Empty = new([], [], [], []);

    public bool IsEmpty => Plans.Count == 0 && Filings.Count == 0 && Runs.Count == 0 && DrawIds.Count == 0;

    /// <summary>The part of <paramref name="year"/> in what the office held of every year at once, in the order it held them.</summary>
    public static OfficeYear Of(int year, IEnumerable<FiledPlan> plans, IEnumerable<AdhocFiling> filings, IEnumerable<PlannerRunRecord> runs,
        IEnumerable<string> drawIds, Func<string, int> yearOfDraw) =>
        new([.. plans.Where(p => InspectionYears.Of(p) == year)], [.. filings.Where(f => InspectionYears.Of(f) == year)],
            [.. runs.Where(r => InspectionYears.Of(r) == year)], [.. drawIds.Where(d => yearOfDraw(d) == year)]);

    /// <summary>With <paramref name="seed"/>'s plans for the departments that have none here (the demo county's first plans).</summary>
    public OfficeYear WithPlansOf(IEnumerable<FiledPlan> seed) =>
        this with { Plans = [.. Plans, .. seed.Where(s => Plans.All(p => p.Plan.DepartmentId != s.Plan.DepartmentId))] };
}
