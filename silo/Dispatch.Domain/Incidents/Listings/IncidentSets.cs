using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.Incidents;

using static Dispatch.Domain.Common.Listings.SetNames;

namespace Dispatch.Domain.Incidents.Listings;

/// <summary>
/// The index sets of the incident list: every incident is in <c>all</c> and in one set per zone, township, department,
/// category, status, reporter and assigned officer, and open ones also in the open variants. A page reads the one set
/// (or the few, merged) that narrows its question most, and checks every item it reads with
/// <see cref="IncidentQuery.Matches"/>; the sets only decide how little is read.
/// </summary>
public static class IncidentSets
{
    public const string All = SetNames.All;
    public const string Open = SetNames.Open;

    public static IReadOnlyList<string> Of(IncidentRecord r)
    {
        var open = r.Status.IsOpen();
        var sets = new List<string>(12)
        {
            All, Zone(r.ZoneId), Department(r.DepartmentId), "category:" + r.Category, Status(WireNames.Of(r.Status)),
            Reporter(r.ReportedBy),
        };
        if (r.TownshipId is { } t) sets.Add(Township(t));
        if (r.AssignedOfficerId is { } o) sets.Add(Officer(o));
        if (open) sets.AddRange([Open, OpenOf(Zone(r.ZoneId)), OpenOf(Department(r.DepartmentId))]);
        if (open && r.TownshipId is { } ot) sets.Add(OpenOf(Township(ot)));
        return sets;
    }

    /// <summary>The sets whose merge holds every incident that can answer this query for this viewer.</summary>
    public static IReadOnlyList<string> Driving(IncidentQuery q, Scope viewer)
    {
        var onlyOpen = q.Statuses.Count > 0 && q.Statuses.All(s => s.IsOpen());
        string Narrow(string set, bool hasOpenVariant) => onlyOpen && hasOpenVariant ? OpenOf(set) : set;

        // An explicit filter narrows within the scope (the scope is still checked on every item).
        if (q.TownshipId is { } t) return [Narrow(Township(t), true)];
        if (q.ZoneId is { } z) return [Narrow(Zone(z), true)];
        if (q.DepartmentId is { } d) return [Narrow(Department(d), true)];

        IReadOnlyList<string> scoped = viewer.Role switch
        {
            Role.ZoneDispatcher => viewer.ZoneIds.Select(zone => Narrow(Zone(zone), true)).ToList(),
            Role.DepartmentDesk when viewer.DepartmentId is { } dept => [Narrow(Department(dept), true)],
            Role.TownshipStaff when viewer.TownshipId is { } town => [Narrow(Township(town), true), Reporter(viewer.Username)],
            Role.Officer when viewer.OfficerId is { } officer => [Officer(officer), Reporter(viewer.Username)],
            Role.GridWorker => [Reporter(viewer.Username)],
            Role.CountyCommander or Role.Auditor => [],
            _ => [],
        };
        if (scoped.Count > 0 || !viewer.IsCountyWide) return scoped;
        if (q.Category is { } c) return ["category:" + c];
        if (q.Statuses.Count == 1) return [Status(WireNames.Of(q.Statuses[0]))];
        return [onlyOpen ? Open : All];
    }

}
