using Dispatch.Domain.County;

namespace Dispatch.Domain.Access;

/// <summary>
/// What a signed-in user may see: a zone dispatcher its zones, a department desk its department,
/// township staff their township, an officer only itself; the county commander and the auditor see all.
/// </summary>
public sealed record Scope(
    Role Role,
    string Username,
    IReadOnlyList<string> ZoneIds,
    string? TownshipId = null,
    string? DepartmentId = null,
    string? OfficerId = null,
    string? GridId = null)
{
    /// <summary>Roles that watch the live console.</summary>
    public static readonly IReadOnlyList<Role> ConsoleRoles =
        [Role.CountyCommander, Role.ZoneDispatcher, Role.DepartmentDesk, Role.TownshipStaff, Role.Auditor];

    public bool IsCountyWide => Role is Role.CountyCommander or Role.Auditor;

    public bool CanWatchConsole => ConsoleRoles.Contains(Role);

    public bool CanSeeOfficer(OfficerProfile o) => Role switch
    {
        Role.CountyCommander or Role.Auditor => true,
        Role.ZoneDispatcher => o.ZoneId is { } z && ZoneIds.Contains(z),
        Role.DepartmentDesk => o.DepartmentId == DepartmentId,
        Role.TownshipStaff => o.TownshipId is not null && o.TownshipId == TownshipId,
        Role.Officer => o.Id == OfficerId,
        _ => false,
    };

    /// <summary>
    /// Officers this user may dispatch: a zone centre those stationed in its zones, the county commander all. Nobody
    /// else commands officers (a desk sends work back, it does not dispatch).
    /// </summary>
    public bool CanCommand(OfficerProfile o) => Role switch
    {
        Role.CountyCommander => true,
        Role.ZoneDispatcher => o.ZoneId is { } z && ZoneIds.Contains(z),
        _ => false,
    };

    public bool CanSeeTownship(TownshipData t, CountyDirectory county) => Role switch
    {
        Role.CountyCommander or Role.Auditor or Role.DepartmentDesk or Role.Admin => true,
        Role.ZoneDispatcher => ZoneIds.Contains(t.ZoneId),
        Role.TownshipStaff or Role.GridWorker => t.Id == TownshipId,
        Role.Officer => OfficerId is { } id && county.Officer(id)?.TownshipId == t.Id,
        _ => false,
    };

    /// <summary>The live-feed audiences (SignalR groups) a console of this scope joins.</summary>
    public IReadOnlyList<string> ConsoleAudiences(CountyDirectory county) => Role switch
    {
        Role.CountyCommander or Role.Auditor =>
            [.. county.Data.Zones.Select(z => Audiences.Zone(z.Id)), Audiences.Zone(ZoneKeys.CountyLevel)],
        Role.ZoneDispatcher => ZoneIds.Select(Audiences.Zone).ToList(),
        Role.DepartmentDesk when DepartmentId is not null => [Audiences.Department(DepartmentId)],
        Role.TownshipStaff when TownshipId is not null => [Audiences.Township(TownshipId)],
        _ => [],
    };
}

/// <summary>Names of live-feed audiences: every zone batch goes to its zone, and is split by department and township.</summary>
public static class Audiences
{
    public static string Zone(string zoneId) => "zone:" + zoneId;
    public static string Department(string departmentId) => "dept:" + departmentId;
    public static string Township(string townshipId) => "township:" + townshipId;
}

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
