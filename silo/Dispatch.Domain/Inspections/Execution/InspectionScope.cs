using Dispatch.Domain.Access;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// Who sees which joint visit: the county, the auditor, the joint meeting's office and the administrator all; a zone centre
/// its zones' enterprises; a desk visits its department takes part in; township staff their township's; an officer only
/// visits it was drawn for. Grid workers see none: they never inspect.
/// </summary>
public static class InspectionScope
{
    public static bool CanSee(Scope s, InspectionTask t) => s.Role switch
    {
        Role.CountyCommander or Role.Auditor or Role.Planner or Role.Admin => true,
        Role.ZoneDispatcher => s.ZoneIds.Contains(t.ZoneId),
        Role.DepartmentDesk => s.DepartmentId is { } d && t.Involves(d),
        Role.TownshipStaff => t.TownshipId == s.TownshipId,
        Role.Officer => s.OfficerId is { } id && t.InspectorIds.Contains(id),
        _ => false,
    };

    /// <summary>Who files plans and out-of-plan checks for a department: the joint meeting's office for any, a desk for its own.</summary>
    public static bool CanFileFor(Scope s, string departmentId) =>
        s.Role == Role.Planner || s.Role == Role.DepartmentDesk && s.DepartmentId == departmentId;

    /// <summary>Who reads the plans and filings of a department.</summary>
    public static bool CanReadPlansOf(Scope s, string departmentId) => s.Role switch
    {
        Role.Planner or Role.CountyCommander or Role.Auditor or Role.Admin => true,
        Role.DepartmentDesk => s.DepartmentId == departmentId,
        _ => false,
    };
}
