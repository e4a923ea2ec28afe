namespace Dispatch.Domain.Access;

public static class IncidentScope
{
    /// <summary>Who sees an incident: command roles their area, a desk its department, an officer its assignment, a reporter its report.</summary>
    public static bool CanSeeIncident(this Scope s, string zoneId, string? townshipId, string departmentId, string? assignedOfficerId, string reportedBy) => s.Role switch
    {
        Role.CountyCommander or Role.Auditor => true,
        Role.ZoneDispatcher => s.ZoneIds.Contains(zoneId),
        Role.DepartmentDesk => s.DepartmentId == departmentId,
        Role.TownshipStaff => townshipId is not null && s.TownshipId == townshipId || s.Username == reportedBy,
        Role.Officer => assignedOfficerId is not null && s.OfficerId == assignedOfficerId || s.Username == reportedBy,
        Role.GridWorker => s.Username == reportedBy,
        _ => false,
    };

    /// <summary>Roles that may report a problem: grid workers, township staff, the command centres, officers on patrol.</summary>
    public static bool CanReport(this Scope s) =>
        s.Role is Role.GridWorker or Role.TownshipStaff or Role.ZoneDispatcher or Role.CountyCommander or Role.Officer;

    public static string Reporter(string username) => "reporter:" + username;
}
