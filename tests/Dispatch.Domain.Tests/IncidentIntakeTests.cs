using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Intake;

namespace Dispatch.Domain.Tests;

/// <summary>The one intake path: who may report where, what a reporter may set, and what every field may hold.</summary>
public class IncidentIntakeTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly GeoPoint InT01 = County.TownshipShape("T01").Centroid;
    static readonly GeoPoint InT02 = County.TownshipShape("T02").Centroid;
    static readonly GeoPoint InT09 = County.TownshipShape("T09").Centroid; // zone Z3

    static readonly Actor Grid = new(new Scope(Role.GridWorker, "grid", [], TownshipId: "T01", GridId: "T01-G1"), "网格员");
    static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]), "值班员");
    static readonly Actor Commander = new(new Scope(Role.CountyCommander, "county", []), "指挥长");
    static readonly Actor Desk = new(new Scope(Role.DepartmentDesk, "desk", [], DepartmentId: "scjg"), "部门值班");
    static Actor OfficerOf(string id)
    {
        var o = County.Officer(id)!;
        return new(new Scope(Role.Officer, o.Code, [], o.TownshipId, o.DepartmentId, o.Id), o.Name);
    }

    static ReportDraft Draft(GeoPoint? at, string category = "littering", string? township = null, string? grid = null,
        string? priority = null, string? source = null, string description = "门口堆放杂物") =>
        new(category, description, priority, at?.Lat, at?.Lon, township, grid, source);

    static IntakeCheck Check(ReportDraft d, Actor who) => IncidentIntake.Check(d, who, County);

    [Fact]
    public void A_grid_worker_naming_its_own_township_cannot_report_a_point_in_another_township()
    {
        var named = Check(Draft(InT02, township: "T01"), Grid);
        Assert.Null(named.Report);
        Assert.Contains("townshipId", named.Errors.Keys);

        var unnamed = Check(Draft(InT02), Grid);
        Assert.Null(unnamed.Report);
        Assert.NotNull(unnamed.Forbidden);
    }

    [Fact]
    public void Township_and_grid_are_derived_from_the_location()
    {
        var ok = Check(Draft(InT01), Grid).Report!;
        Assert.Equal("T01", ok.TownshipId);
        Assert.Equal(County.LocateGrid(InT01)!.Id, ok.GridId);
        var wrongGrid = Check(Draft(InT01, grid: County.Data.Grids.First(g => g.TownshipId == "T01" && g.Id != ok.GridId).Id), Grid);
        Assert.Contains("gridId", wrongGrid.Errors.Keys);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(30.25, 120.15)]  // Hangzhou: a real place, outside this county
    [InlineData(double.NaN, 119.9)]
    public void A_location_outside_the_county_or_zero_is_refused(double lat, double lon)
    {
        var check = Check(Draft(new GeoPoint(lat, lon)), Commander);
        Assert.Null(check.Report);
        Assert.Contains("location", check.Errors.Keys);
    }

    [Fact]
    public void A_location_without_coordinates_is_an_error_not_zero_zero()
    {
        var check = Check(new ReportDraft("littering", "x", null, null, null, null, null, null), Commander);
        Assert.Contains("location", check.Errors.Keys);
        Assert.Contains("location", Check(new ReportDraft("littering", "x", null, 28.4, null, null, null, null), Commander).Errors.Keys);
    }

    [Fact]
    public void An_officer_reports_within_its_zone_only()
    {
        var officer = OfficerOf("O0001"); // stationed in T01, zone Z1
        Assert.NotNull(Check(Draft(InT02), officer).Report);
        Assert.NotNull(Check(Draft(InT09), officer).Forbidden);
    }

    [Fact]
    public void A_zone_dispatcher_reports_in_its_zone_and_the_county_anywhere_but_a_desk_nowhere()
    {
        Assert.NotNull(Check(Draft(InT02), Dispatcher).Report);
        Assert.NotNull(Check(Draft(InT09), Dispatcher).Forbidden);
        Assert.NotNull(Check(Draft(InT09), Commander).Report);
        Assert.NotNull(Check(Draft(InT01), Desk).Forbidden);
    }

    [Fact]
    public void Priority_and_source_from_a_grid_worker_or_officer_are_advisory()
    {
        var grid = Check(Draft(InT01, priority: "urgent", source: "hotline"), Grid).Report!;
        Assert.Null(grid.Priority);                               // the category's default applies
        Assert.Equal(Priority.Urgent, grid.RequestedPriority);    // and the wish is kept
        Assert.Equal(IncidentSource.Grid, grid.Source);
        Assert.Equal(IncidentSource.Hotline, grid.RequestedSource);

        var officer = Check(Draft(InT01, priority: "urgent", source: "sensor"), OfficerOf("O0001")).Report!;
        Assert.Null(officer.Priority);
        Assert.Equal(IncidentSource.Patrol, officer.Source);

        var hotline = Check(Draft(InT01, priority: "urgent", source: "hotline"), Dispatcher).Report!;
        Assert.Equal(Priority.Urgent, hotline.Priority);
        Assert.Equal(IncidentSource.Hotline, hotline.Source);
        Assert.Null(hotline.RequestedPriority);
    }

    [Fact]
    public void The_county_setting_says_which_reporters_may_set_off_auto_dispatch()
    {
        var data = County.Data with
        {
            Incidents = County.Data.Incidents with { Intake = new IntakeSettings { AutoDispatchRoles = [Role.ZoneDispatcher], AutoDispatchSources = [IncidentSource.Hotline] } },
        };
        var county = new CountyDirectory(data);
        Assert.False(IncidentIntake.Check(Draft(InT01, "hazardous-chemicals"), Grid, county).Report!.AutoDispatchAllowed);
        Assert.True(IncidentIntake.Check(Draft(InT01, "hazardous-chemicals", source: "hotline"), Dispatcher, county).Report!.AutoDispatchAllowed);
        Assert.False(IncidentIntake.Check(Draft(InT01, "hazardous-chemicals", source: "sensor"), Dispatcher, county).Report!.AutoDispatchAllowed);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("category")]
    [InlineData("priority")]
    [InlineData("source")]
    [InlineData("townshipId")]
    public void Every_field_is_bounded(string field)
    {
        var huge = new string('x', 5000);
        var d = field switch
        {
            "description" => Draft(InT01, description: huge),
            "category" => Draft(InT01, category: huge),
            "priority" => Draft(InT01, priority: huge),
            "source" => Draft(InT01, source: huge),
            _ => Draft(InT01, township: huge),
        };
        var check = Check(d, Commander);
        Assert.Null(check.Report);
        Assert.Contains(field, check.Errors.Keys);
    }
}
