using Dispatch.Domain.Access;
using Dispatch.Domain.Inspections.Execution;
using static Dispatch.Domain.Tests.Inspections.Execution.TaskWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>Who sees which joint visit, and who files and reads a department's plans.</summary>
public class InspectionScopeTests
{
    // In Z1 / T01; scjg and yjgl check, the scenario's lead zhzf has no item of its own; O1 and O2 drawn.
    static readonly InspectionTask Visit = ATask(zone: "Z1", township: "T01", lead: "zhzf", scenario: "bottled-gas",
        departments: [Dept("scjg", "scjg-gas-cylinder"), Dept("yjgl", "yjgl-gas-safety")]).Drawn("O1", "O2");

    static Scope As(Role role, IReadOnlyList<string>? zones = null, string? township = null, string? department = null, string? officer = null) =>
        new(role, "u", zones ?? [], township, department, officer);

    [Theory]
    [InlineData(Role.CountyCommander)]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Planner)]
    [InlineData(Role.Admin)]
    public void The_county_the_auditor_the_office_and_the_administrator_see_every_visit(Role role) =>
        Assert.True(InspectionScope.CanSee(As(role), Visit));

    [Fact]
    public void A_zone_centre_sees_visits_to_enterprises_of_its_zones()
    {
        Assert.True(InspectionScope.CanSee(As(Role.ZoneDispatcher, zones: ["Z1"]), Visit));
        Assert.True(InspectionScope.CanSee(As(Role.ZoneDispatcher, zones: ["Z3", "Z1"]), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.ZoneDispatcher, zones: ["Z2"]), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.ZoneDispatcher), Visit));
    }

    [Fact]
    public void A_desk_sees_visits_its_department_checks_on_or_leads()
    {
        Assert.True(InspectionScope.CanSee(As(Role.DepartmentDesk, department: "scjg"), Visit));
        Assert.True(InspectionScope.CanSee(As(Role.DepartmentDesk, department: "yjgl"), Visit));
        Assert.True(InspectionScope.CanSee(As(Role.DepartmentDesk, department: "zhzf"), Visit)); // the lead, no item of its own
        Assert.False(InspectionScope.CanSee(As(Role.DepartmentDesk, department: "wsjk"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.DepartmentDesk), Visit));
    }

    [Fact]
    public void Township_staff_see_visits_in_their_township()
    {
        Assert.True(InspectionScope.CanSee(As(Role.TownshipStaff, township: "T01"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.TownshipStaff, township: "T02"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.TownshipStaff), Visit));
    }

    [Fact]
    public void An_officer_sees_only_visits_it_was_drawn_for()
    {
        Assert.True(InspectionScope.CanSee(As(Role.Officer, officer: "O1"), Visit));
        Assert.True(InspectionScope.CanSee(As(Role.Officer, officer: "O2"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.Officer, officer: "O3"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.Officer), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.Officer, officer: "O1"), ATask())); // not yet drawn
        // Being in the zone, township or department of the visit is not enough for an officer.
        Assert.False(InspectionScope.CanSee(As(Role.Officer, zones: ["Z1"], township: "T01", department: "scjg", officer: "O3"), Visit));
    }

    [Fact]
    public void Grid_workers_and_enterprises_see_no_visit()
    {
        Assert.False(InspectionScope.CanSee(As(Role.GridWorker, zones: ["Z1"], township: "T01"), Visit));
        Assert.False(InspectionScope.CanSee(As(Role.Enterprise, zones: ["Z1"], township: "T01"), Visit));
    }

    [Fact]
    public void Every_role_is_decided()
    {
        var seeing = Enum.GetValues<Role>().Where(r => InspectionScope.CanSee(As(r, ["Z1"], "T01", "scjg", "O1"), Visit)).ToList();
        Assert.Equal([Role.CountyCommander, Role.ZoneDispatcher, Role.DepartmentDesk, Role.TownshipStaff, Role.Officer, Role.Auditor, Role.Admin, Role.Planner], seeing);
    }

    [Fact]
    public void The_office_files_for_any_department_and_a_desk_for_its_own()
    {
        Assert.True(InspectionScope.CanFileFor(As(Role.Planner), "scjg"));
        Assert.True(InspectionScope.CanFileFor(As(Role.Planner), "yjgl"));
        Assert.True(InspectionScope.CanFileFor(As(Role.DepartmentDesk, department: "scjg"), "scjg"));
        Assert.False(InspectionScope.CanFileFor(As(Role.DepartmentDesk, department: "scjg"), "yjgl"));
        Assert.False(InspectionScope.CanFileFor(As(Role.DepartmentDesk), "scjg"));
        foreach (var role in new[] { Role.CountyCommander, Role.ZoneDispatcher, Role.TownshipStaff, Role.Officer, Role.GridWorker, Role.Enterprise, Role.Auditor, Role.Admin })
            Assert.False(InspectionScope.CanFileFor(As(role, ["Z1"], "T01", "scjg", "O1"), "scjg"));
    }

    [Fact]
    public void The_county_wide_roles_read_every_departments_plans_and_a_desk_its_own()
    {
        foreach (var role in new[] { Role.Planner, Role.CountyCommander, Role.Auditor, Role.Admin })
            Assert.True(InspectionScope.CanReadPlansOf(As(role), "yjgl"));
        Assert.True(InspectionScope.CanReadPlansOf(As(Role.DepartmentDesk, department: "scjg"), "scjg"));
        Assert.False(InspectionScope.CanReadPlansOf(As(Role.DepartmentDesk, department: "scjg"), "yjgl"));
        Assert.False(InspectionScope.CanReadPlansOf(As(Role.DepartmentDesk), "scjg"));
        foreach (var role in new[] { Role.ZoneDispatcher, Role.TownshipStaff, Role.Officer, Role.GridWorker, Role.Enterprise })
            Assert.False(InspectionScope.CanReadPlansOf(As(role, ["Z1"], "T01", "scjg", "O1"), "scjg"));
    }
}
