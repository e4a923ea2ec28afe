namespace Dispatch.Domain.Inspections.Execution;

/// <summary>A plan as sent by a desk or the joint meeting's office, unchecked: any field may be missing or malformed.</summary>
public sealed record PlanDraft(string? DepartmentId, int? Year, IReadOnlyList<PlanItemDraft?>? Items);

public sealed record PlanItemDraft(string? ItemCode, string? ScenarioId, PlanTargetDraft? Target, string? Period);

/// <summary>Either named enterprises (credit codes) or sampling ratios per credit grade, never both.</summary>
public sealed record PlanTargetDraft(IReadOnlyList<string?>? EnterpriseIds, IReadOnlyDictionary<string, double?>? RatioByGrade);
