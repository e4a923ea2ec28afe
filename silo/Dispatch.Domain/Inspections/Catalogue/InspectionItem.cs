namespace Dispatch.Domain.Inspections.Catalogue;

/// <summary>
/// One check type (检查事项) of the county's list: the department that owns it, the qualification an inspector must hold
/// to check it, and the legal basis shown to the enterprise on the inspection code page.
/// </summary>
public sealed record InspectionItem(string Code, string Name, string DepartmentId, string Qualification, string LegalBasis);
