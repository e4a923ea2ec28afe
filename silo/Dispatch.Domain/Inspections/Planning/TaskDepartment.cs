namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A department in a joint task and the items it checks on the visit.</summary>
public sealed record TaskDepartment(string DepartmentId, IReadOnlyList<string> ItemCodes);
