using Dispatch.Domain.Access;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Listings;

namespace Dispatch.Domain.Tests.Listings;

public class IncidentQueryTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));

    static IncidentQueryParse.Result Parse(string? status = null, string? zone = null, string? township = null, string? from = null, string? to = null,
        string? q = null, string? cursor = null, string? limit = null, string? category = null, string? department = null) =>
        IncidentQueryParse.Parse(new IncidentQueryText(status, zone, township, department, category, from, to, q, cursor, limit), County);

    static IncidentRecord Incident(string id = "Z1-20261207-0001", IncidentStatus status = IncidentStatus.Reported, string township = "T01",
        string zone = "Z1", string department = "zhzf", string reportedBy = "grid") => new()
    {
        Id = id, Status = status, Category = "littering", Description = "路边乱扔垃圾", Location = new GeoPoint(28.45, 119.92),
        TownshipId = township, ZoneId = zone, DepartmentId = department, ReportedBy = reportedBy,
        CreatedAt = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero),
    };

    static Scope ScopeOf(Role role, string username = "u", string? zone = null, string? township = null, string? department = null) =>
        new(role, username, zone is null ? [] : [zone], township, department);

    [Fact]
    public void An_empty_query_is_the_first_page_of_fifty_of_everything()
    {
        var q = Parse().Query!;
        Assert.Equal(50, q.Limit);
        Assert.Empty(q.Statuses);
        Assert.Null(q.After);
    }

    [Fact]
    public void Several_statuses_are_taken_once_each_in_wire_names()
    {
        Assert.Equal([IncidentStatus.Closed, IncidentStatus.Rejected, IncidentStatus.OnScene], Parse(status: "closed, rejected,closed,onScene").Query!.Statuses);
        Assert.True(Parse(status: "Closed").Errors.ContainsKey("status"));
    }

    [Theory]
    [InlineData("0")] [InlineData("201")] [InlineData("-5")] [InlineData("1e3")]
    public void A_limit_outside_1_to_200_is_refused(string limit) => Assert.True(Parse(limit: limit).Errors.ContainsKey("limit"));

    [Fact]
    public void Unknown_places_and_categories_are_refused_by_name()
    {
        var errors = Parse(zone: "Z9", township: "T99", category: "nope", department: "x").Errors;
        Assert.Equal(["category", "departmentId", "townshipId", "zoneId"], errors.Keys.Order());
    }

    [Fact]
    public void A_date_is_the_start_of_that_china_day_and_to_must_follow_from()
    {
        var q = Parse(from: "2026-12-07", to: "2026-12-08T00:00:00+08:00").Query!;
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 16, 0, 0, TimeSpan.Zero), q.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero), q.To);
        Assert.True(Parse(from: "2026-12-07", to: "2026-12-07").Errors.ContainsKey("to"));
        Assert.True(Parse(from: "last week").Errors.ContainsKey("from"));
    }

    [Fact]
    public void Only_cursors_the_system_issued_are_taken()
    {
        var member = ListMember.Of(DateTimeOffset.UnixEpoch.AddYears(56), "Z1-20261207-0001");
        Assert.Equal(member, Parse(cursor: ListCursor.Encode(member)).Query!.After);
        Assert.True(Parse(cursor: "bm9wZQ").Errors.ContainsKey("cursor"));
        Assert.True(Parse(cursor: "%%%").Errors.ContainsKey("cursor"));
        Assert.True(Parse(cursor: new string('A', 500)).Errors.ContainsKey("cursor"));
    }

    [Fact]
    public void Members_order_by_creation_time_then_id()
    {
        var early = ListMember.Of(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "Z9-9");
        var late = ListMember.Of(new DateTimeOffset(2026, 1, 1, 0, 0, 0, 1, TimeSpan.Zero), "Z1-1");
        Assert.True(string.CompareOrdinal(early, late) < 0);
        Assert.Equal("Z9-9", ListMember.IdOf(early));
    }

    [Fact]
    public void A_match_needs_the_viewers_scope_as_well_as_the_filters()
    {
        var q = Parse(status: "reported", q: "垃圾").Query!;
        Assert.True(q.Matches(Incident(), ScopeOf(Role.ZoneDispatcher, zone: "Z1"), "乱扔垃圾"));
        Assert.False(q.Matches(Incident(), ScopeOf(Role.ZoneDispatcher, zone: "Z2"), "乱扔垃圾"));
        Assert.False(q.Matches(Incident(status: IncidentStatus.Closed), ScopeOf(Role.CountyCommander), null));
        Assert.False(Parse(q: "噪声").Query!.Matches(Incident(), ScopeOf(Role.CountyCommander), "乱扔垃圾"));
        Assert.True(Parse(q: "z1-20261207").Query!.Matches(Incident(), ScopeOf(Role.CountyCommander), null));
    }

    [Fact]
    public void An_incident_is_in_the_open_sets_only_while_open()
    {
        Assert.Contains("zone:Z1:open", IncidentSets.Of(Incident()));
        var closed = IncidentSets.Of(Incident(status: IncidentStatus.Closed));
        Assert.DoesNotContain(closed, s => s.EndsWith(":open") || s == "open");
        Assert.Contains("status:closed", closed);
    }

    [Fact]
    public void The_driving_sets_follow_the_filter_then_the_scope()
    {
        var open = Parse(status: "reported,registered").Query!;
        Assert.Equal(["zone:Z1:open"], IncidentSets.Driving(open, ScopeOf(Role.ZoneDispatcher, zone: "Z1")));
        Assert.Equal(["township:T03"], IncidentSets.Driving(Parse(township: "T03").Query!, ScopeOf(Role.ZoneDispatcher, zone: "Z1")));
        Assert.Equal(["township:T01", "reporter:t"], IncidentSets.Driving(IncidentQuery.All, ScopeOf(Role.TownshipStaff, "t", township: "T01")));
        Assert.Equal(["reporter:g"], IncidentSets.Driving(IncidentQuery.All, ScopeOf(Role.GridWorker, "g")));
        Assert.Equal(["status:closed"], IncidentSets.Driving(Parse(status: "closed").Query!, ScopeOf(Role.Auditor)));
        Assert.Equal(["all"], IncidentSets.Driving(Parse(status: "closed,rejected").Query!, ScopeOf(Role.CountyCommander)));
        Assert.Empty(IncidentSets.Driving(IncidentQuery.All, ScopeOf(Role.Admin)));
    }

    [Fact]
    public void Every_incident_a_viewer_can_see_is_in_one_of_its_driving_sets()
    {
        var viewers = new[]
        {
            ScopeOf(Role.ZoneDispatcher, zone: "Z1"), ScopeOf(Role.DepartmentDesk, department: "zhzf"), ScopeOf(Role.TownshipStaff, "t", township: "T01"),
            ScopeOf(Role.GridWorker, "grid"), ScopeOf(Role.CountyCommander), new Scope(Role.Officer, "o", [], OfficerId: "O0001"),
        };
        var incidents = new[]
        {
            Incident(), Incident(township: "T05", zone: "Z2", reportedBy: "t"), Incident(department: "scjg") with { AssignedOfficerId = "O0001" },
            Incident(status: IncidentStatus.Rejected, reportedBy: "o"),
        };
        foreach (var viewer in viewers)
            foreach (var r in incidents)
                if (viewer.CanSeeIncident(r.ZoneId, r.TownshipId, r.DepartmentId, r.AssignedOfficerId, r.ReportedBy))
                    Assert.True(IncidentSets.Driving(IncidentQuery.All, viewer).Intersect(IncidentSets.Of(r)).Any(), $"{viewer.Role} misses {r.Id}");
    }
}
