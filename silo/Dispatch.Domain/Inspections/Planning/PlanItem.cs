namespace Dispatch.Domain.Inspections.Planning;

/// <summary>One line of a department's annual plan: an item (check type) on its targets in one quarter, <c>YYYY-Qn</c>.</summary>
public sealed record PlanItem(string ItemCode, string? ScenarioId, PlanTarget Target, string Period);
