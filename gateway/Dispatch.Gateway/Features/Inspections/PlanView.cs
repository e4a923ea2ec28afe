using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>A department's filed plan for a year (GET /api/inspections/plans).</summary>
public sealed record PlanView(string DepartmentId, int Year, IReadOnlyList<PlanItemView> Items, string FiledBy, DateTimeOffset FiledAt)
{
    public static PlanView Of(FiledPlan f) => new(f.Plan.DepartmentId, f.Plan.Year, f.Plan.Items.Select(PlanItemView.Of).ToList(), f.FiledBy, f.FiledAt);
}

public sealed record PlanItemView(string ItemCode, string? ScenarioId, TargetView Target, string Period)
{
    public static PlanItemView Of(PlanItem i) => new(i.ItemCode, i.ScenarioId, new TargetView(i.Target.CreditCodes,
        // Grades as the contract spells them: "A".."D".
        i.Target.RatioByGrade?.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value)), i.Period);
}

public sealed record TargetView(IReadOnlyList<string>? EnterpriseIds, IReadOnlyDictionary<string, double>? RatioByGrade);
