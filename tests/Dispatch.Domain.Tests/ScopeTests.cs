using Dispatch.Domain.Access;
using Dispatch.Domain.County;

namespace Dispatch.Domain.Tests;

public class ScopeTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly OfficerProfile InZone1 = County.Officer("O0001")!;          // T01, Z1, zhzf
    static readonly OfficerProfile InZone3 = County.Officers.First(o => o.ZoneId == "Z3");
    static readonly OfficerProfile MarketInZone3 = County.Officers.First(o => o.ZoneId == "Z3" && o.DepartmentId == "scjg");

    [Fact]
    public void A_zone_dispatcher_sees_only_officers_of_its_zone()
    {
        var s = new Scope(Role.ZoneDispatcher, "d", ["Z1"]);
        Assert.True(s.CanSeeOfficer(InZone1));
        Assert.False(s.CanSeeOfficer(InZone3));
        Assert.Equal(["zone:Z1"], s.ConsoleAudiences(County));
    }

    [Fact]
    public void A_department_desk_sees_its_department_county_wide()
    {
        var s = new Scope(Role.DepartmentDesk, "desk", [], DepartmentId: "scjg");
        Assert.True(s.CanSeeOfficer(MarketInZone3));
        Assert.False(s.CanSeeOfficer(InZone1));
        Assert.Equal(["dept:scjg"], s.ConsoleAudiences(County));
    }

    [Fact]
    public void Township_staff_see_officers_stationed_in_their_township()
    {
        var s = new Scope(Role.TownshipStaff, "t", [], TownshipId: "T01");
        Assert.True(s.CanSeeOfficer(InZone1));
        Assert.False(s.CanSeeOfficer(InZone3));
        Assert.Single(County.Data.Townships, t => s.CanSeeTownship(t, County));
    }

    [Fact]
    public void An_officer_sees_only_itself()
    {
        var s = new Scope(Role.Officer, "ZF00001", ["Z1"], "T01", "zhzf", "O0001");
        Assert.True(s.CanSeeOfficer(InZone1));
        Assert.False(s.CanSeeOfficer(County.Officer("O0002")!));
        Assert.False(s.CanWatchConsole);
    }

    [Theory]
    [InlineData(Role.CountyCommander)]
    [InlineData(Role.Auditor)]
    public void County_wide_roles_see_every_officer_and_every_zone(Role role)
    {
        var s = new Scope(role, "c", []);
        Assert.All(County.Officers, o => Assert.True(s.CanSeeOfficer(o)));
        Assert.Equal(["zone:Z1", "zone:Z2", "zone:Z3", "zone:county-level"], s.ConsoleAudiences(County));
    }

    [Theory]
    [InlineData(Role.GridWorker)]
    [InlineData(Role.Enterprise)]
    [InlineData(Role.Admin)]
    public void Roles_without_a_console_see_no_officers_and_join_no_feed(Role role)
    {
        var s = new Scope(role, "x", ["Z1"], "T01", "zhzf");
        Assert.False(s.CanWatchConsole);
        Assert.DoesNotContain(County.Officers, s.CanSeeOfficer);
        Assert.Empty(s.ConsoleAudiences(County));
    }
}
