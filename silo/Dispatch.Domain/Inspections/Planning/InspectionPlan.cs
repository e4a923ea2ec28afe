namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A department's annual inspection plan as filed with the joint meeting (DOMAIN.md §4 rule 1).</summary>
public sealed record InspectionPlan(string DepartmentId, int Year, IReadOnlyList<PlanItem> Items);
