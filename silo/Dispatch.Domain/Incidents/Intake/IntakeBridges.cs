using Dispatch.Domain.Access;
using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents.Intake;

/// <summary>
/// Who files the reports that come from other systems. The 12345 centre and an Open311 client are county-level
/// channels: they may report anywhere in the county and their reports may set off auto-dispatch, as a county
/// commander's would. Their usernames are no account's (accounts have no ':'), so no one signs in as them, and
/// no one's "own reports" include theirs.
/// </summary>
public static class IntakeBridges
{
    public static readonly Actor Hotline = new(new Scope(Role.CountyCommander, "bridge:12345", []), "12345 热线");
    public static readonly Actor Open311 = new(new Scope(Role.CountyCommander, "bridge:open311", []), "Open311 接口");
}
