namespace Dispatch.Domain.Inspections.Draws;

/// <summary>A department taking part in a joint check, and the qualification its inspector must hold for it.</summary>
public sealed record DrawDepartment(string DepartmentId, string Qualification);
