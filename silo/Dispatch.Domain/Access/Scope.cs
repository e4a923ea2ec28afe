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
    string? GridId = null,
    bool Approver = false)
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
        Role.CountyCommander or Role.Auditor or Role.DepartmentDesk or Role.Admin or Role.Planner => true,
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
