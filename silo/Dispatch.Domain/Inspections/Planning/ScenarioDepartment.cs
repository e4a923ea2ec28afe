namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A department taking part in a scenario, with the items it checks there.</summary>
public sealed record ScenarioDepartment(string DepartmentId, IReadOnlyList<string> ItemCodes);
