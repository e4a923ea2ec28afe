namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// A "一件事" scenario: a set of checks on one kind of enterprise that the joint meeting assigns a lead department for,
/// so the enterprise sees one team led by the department that knows the trade best.
/// </summary>
public sealed record InspectionScenario(string Id, string Name, string LeadDepartmentId, IReadOnlyList<ScenarioDepartment> Departments, ScenarioFilter Filter);
