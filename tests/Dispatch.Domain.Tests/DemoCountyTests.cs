using Dispatch.Domain.County;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Tests;

public class DemoCountyTests
{
    static readonly CountyData Demo = DemoCounty.Generate("hash");

    [Fact]
    public void The_demo_county_has_the_promised_shape()
    {
        Assert.Equal(3, Demo.Zones.Count);
        Assert.Equal(12, Demo.Townships.Count);
        Assert.Equal(60, Demo.Grids.Count);
        Assert.Equal(9, Demo.Departments.Count);
        Assert.Equal(300, Demo.Officers.Count);
        Assert.Equal(["county", "dispatcher", "desk", "township", "leader", .. Demo.Departments.Select(d => $"desk-{d.Id}"), "officer", "grid", "auditor", "admin", "planner", "inspector", "inspector2"],
            Demo.Accounts.Select(a => a.Username));
    }

    [Fact]
    public void The_leader_approves_the_first_township_and_every_department_has_a_duty_desk()
    {
        var leader = Demo.Accounts.Single(a => a.Username == "leader");
        Assert.True(leader.Approver);
        Assert.Equal(Demo.Townships[0].Id, leader.TownshipId);
        Assert.Equal(Demo.Accounts.Single(a => a.Username == "township").TownshipId, leader.TownshipId);
        Assert.All(Demo.Departments, d => Assert.Equal(d.Id, Demo.Accounts.Single(a => a.Username == $"desk-{d.Id}").DepartmentId));
        // `desk` is the first listed department's desk, and stays 市场监管's as it always was.
        Assert.Equal(Demo.Departments[0].Id, Demo.Accounts.Single(a => a.Username == "desk").DepartmentId);
        Assert.Equal("scjg", Demo.Departments[0].Id);
    }

    [Fact]
    public void Generation_is_deterministic_so_every_process_agrees() =>
        Assert.Equal(CountyFile.Serialize(DemoCounty.Generate("h")), CountyFile.Serialize(DemoCounty.Generate("h")));

    [Fact]
    public void Without_a_password_hash_there_are_no_accounts_and_no_officer_sign_in()
    {
        var county = DemoCounty.Generate(null);
        Assert.Empty(county.Accounts);
        Assert.All(county.Officers, o => Assert.Null(o.PasswordHash));
    }

    [Fact]
    public void The_demo_county_lies_in_Lishui_Zhejiang() =>
        Assert.All(Demo.Townships.SelectMany(t => t.Outline.Coordinates[0]), c =>
        {
            Assert.InRange(c[1], 28.3, 28.6);
            Assert.InRange(c[0], 119.7, 120.1);
        });

    [Fact]
    public void Every_grid_lies_in_its_township_and_locating_its_centre_finds_both()
    {
        var county = new CountyDirectory(Demo);
        foreach (var grid in Demo.Grids)
        {
            var ring = grid.Outline.Coordinates[0];
            var centre = new GeoPoint(ring.Take(ring.Length - 1).Average(c => c[1]), ring.Take(ring.Length - 1).Average(c => c[0]));
            Assert.Equal(grid.TownshipId, county.LocateTownship(centre)?.Id);
            Assert.Equal(grid.Id, county.LocateGrid(centre)?.Id);
        }
    }

    [Fact]
    public void A_point_outside_the_county_has_no_township() =>
        Assert.Null(new CountyDirectory(Demo).LocateTownship(new GeoPoint(30.25, 120.15)));

    [Fact]
    public void Every_officer_is_stationed_in_a_zone_and_officer_O0001_is_in_the_first_zone()
    {
        var county = new CountyDirectory(Demo);
        Assert.All(county.Officers, o => Assert.NotNull(o.ZoneId));
        Assert.Equal("Z1", county.Officer("O0001")!.ZoneId);
        Assert.Same(county.Officer("O0001"), county.OfficerByCode("zf00001"));
    }

    [Fact]
    public void The_county_file_round_trips()
    {
        var again = CountyFile.Parse(CountyFile.Serialize(Demo));
        Assert.Equal(CountyFile.Serialize(Demo), CountyFile.Serialize(again));
    }
}
