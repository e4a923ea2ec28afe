using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;

using static Dispatch.Domain.Common.Listings.SetNames;

namespace Dispatch.Domain.Whistles.Listings;

/// <summary>
/// The index sets of the whistle list: every whistle is in <c>all</c>, its zone's, its township's, one per summoned
/// department, its status's and one per officer sent; open ones (awaiting approval or open) also in the open variants;
/// and once opened, in the sets of the China month it opened (the county's and its zone's), which the scorecard reads.
/// A page reads the one set (or the few, merged) that narrows its question most and checks every item it reads with
/// <see cref="WhistleQuery.Matches"/>; the sets only decide how little is read.
/// </summary>
public static class WhistleSets
{
    public const string All = SetNames.All;
    public const string Open = SetNames.Open;

    /// <summary>A scorecard period spanning more months than this reads the zones' whole lists instead of month sets.</summary>
    public const int ScorecardMonths = 36;

    public static IReadOnlyList<string> Of(WhistleRecord w)
    {
        var sets = new List<string>(12) { All, Zone(w.ZoneId), Township(w.TownshipId), Status(WireNames.Of(w.Status)) };
        sets.AddRange(w.Departments.Select(p => Department(p.DepartmentId)).Distinct());
        sets.AddRange(w.Departments.SelectMany(p => p.Officers).Distinct().Select(Officer));
        if (w.IsOpen)
        {
            sets.AddRange([Open, OpenOf(Zone(w.ZoneId)), OpenOf(Township(w.TownshipId))]);
            sets.AddRange(w.Departments.Select(p => OpenOf(Department(p.DepartmentId))).Distinct());
        }
        if (w.OpenedAt is { } opened)
        {
            var month = Month(DepartmentScorecard.DayOf(opened));
            sets.AddRange([Opened(month), Zone(w.ZoneId) + ":" + Opened(month)]);
        }
        return sets;
    }

    /// <summary>The sets whose merge holds every whistle that can answer this query for this viewer.</summary>
    public static IReadOnlyList<string> Driving(WhistleQuery q, Scope viewer)
    {
        string Narrow(string set) => q.OnlyOpen ? OpenOf(set) : set;

        // An explicit filter narrows within the scope (the scope is still checked on every item).
        if (q.TownshipId is { } t) return [Narrow(Township(t))];
        if (q.DepartmentId is { } d) return [Narrow(Department(d))];

        return viewer.Role switch
        {
            Role.ZoneDispatcher => viewer.ZoneIds.Select(zone => Narrow(Zone(zone))).ToList(),
            Role.DepartmentDesk when viewer.DepartmentId is { } dept => [Narrow(Department(dept))],
            Role.TownshipStaff when viewer.TownshipId is { } town => [Narrow(Township(town))],
            Role.Officer when viewer.OfficerId is { } officer => [Officer(officer)],
            Role.CountyCommander or Role.Auditor when q.Statuses.Count == 1 => [Status(WireNames.Of(q.Statuses[0]))],
            Role.CountyCommander or Role.Auditor => [q.OnlyOpen ? Open : All],
            _ => [],
        };
    }

    /// <summary>
    /// What the department scorecard reads for a period (days, China time) in these zones (null: the county): the sets
    /// of the months the period spans, or the zones' whole lists when it has no start or spans more than
    /// <see cref="ScorecardMonths"/>; and the creation bound that is safe to apply (a whistle is notified when it opens,
    /// never before it was created). <paramref name="today"/> ends a period with no end (a month later, for clocks
    /// that differ a little).
    /// </summary>
    public static WhistleRead ForScorecard(IReadOnlyList<string>? zoneIds, DateOnly? from, DateOnly? to, DateOnly today)
    {
        DateTimeOffset? createdBefore = to is { } last
            ? new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset)
            : null;
        var months = from is { } first ? Months(first, to ?? today.AddMonths(1)) : null;
        if (months is null || months.Count > ScorecardMonths)
            return new(zoneIds is null ? [All] : zoneIds.Select(Zone).ToList(), createdBefore);
        return new(zoneIds is null
            ? months.Select(Opened).ToList()
            : zoneIds.SelectMany(z => months.Select(m => Zone(z) + ":" + Opened(m))).ToList(), createdBefore);
    }

    static List<string> Months(DateOnly first, DateOnly last)
    {
        var months = new List<string>();
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last && months.Count <= ScorecardMonths; m = m.AddMonths(1))
            months.Add(Month(m));
        return months;
    }

    static string Month(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";
    static string Opened(string month) => "opened:" + month;
}
