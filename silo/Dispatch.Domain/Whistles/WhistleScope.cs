using Dispatch.Domain.Access;

namespace Dispatch.Domain.Whistles;

/// <summary>
/// Who sees a whistle: the county and the auditor all, a zone centre its zone's, a desk those that summon its
/// department, township staff their township's, an officer those it was sent to. Anyone else none.
/// </summary>
public static class WhistleScope
{
    public static bool CanSee(this Scope s, WhistleRecord w) => s.Role switch
    {
        Role.CountyCommander or Role.Auditor => true,
        Role.ZoneDispatcher => s.ZoneIds.Contains(w.ZoneId),
        Role.DepartmentDesk => s.DepartmentId is { } d && w.Names(d),
        Role.TownshipStaff => s.TownshipId == w.TownshipId,
        Role.Officer => s.OfficerId is { } o && w.HasOfficer(o),
        _ => false,
    };

    /// <summary>Township staff of the whistle's own township: they raise, cancel, close and rate it.</summary>
    public static bool IsTownshipOf(this Scope s, WhistleRecord w) => s.Role == Role.TownshipStaff && s.TownshipId == w.TownshipId;

    /// <summary>Who may act for a summoned department: its duty desk, or the zone centre and the county stepping in.</summary>
    public static bool ActsFor(this Scope s, WhistleRecord w, string departmentId) => s.Role switch
    {
        Role.DepartmentDesk => s.DepartmentId == departmentId,
        Role.ZoneDispatcher => s.ZoneIds.Contains(w.ZoneId),
        Role.CountyCommander => true,
        _ => false,
    };
}
