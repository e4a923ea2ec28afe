using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.Execution.TaskWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>What a draw staffs for a visit: one inspector per department, holding the qualification its items need.</summary>
public class DrawTasksTests
{
    static readonly InspectionCatalogue Catalogue = new(
    [
        new("a-2", "A 二", "a", "a.2", "—"),
        new("a-1", "A 一", "a", "a.1", "—"),
        new("b-1", "B 一", "b", "b.3", "—"),
        new("c-1", "C 一", "c", "c.5", "—"),
        new("c-0", "C 零", "c", "c.9", "—"),
    ],
    [
        new InspectionScenario("S", "一件事", "c", [new ScenarioDepartment("a", ["a-1"]), new ScenarioDepartment("c", ["c-1"])], new ScenarioFilter()),
    ]);

    [Fact]
    public void Each_department_on_the_visit_needs_the_qualification_of_its_first_item_by_code()
    {
        var task = ATask("r-0007", lead: "a", departments: [Dept("a", "a-2", "a-1"), Dept("b", "b-1")]);

        var draw = DrawTasks.Of(task, Catalogue);

        Assert.Equal(("r-0007", task.CreditCode), (draw.TaskId, draw.CreditCode));
        Assert.Equal([new DrawDepartment("a", "a.1"), new DrawDepartment("b", "b.3")], draw.Departments);
    }

    [Fact]
    public void A_scenario_lead_without_items_is_staffed_with_its_scenario_items_qualification()
    {
        var task = ATask(lead: "c", scenario: "S", departments: [Dept("a", "a-1"), Dept("b", "b-1")]);

        // c-1 is the scenario's item for c, not c-0 (the department's first item in the catalogue).
        Assert.Equal([new DrawDepartment("a", "a.1"), new DrawDepartment("b", "b.3"), new DrawDepartment("c", "c.5")], DrawTasks.Of(task, Catalogue).Departments);
    }

    [Fact]
    public void A_lead_that_checks_items_is_not_staffed_twice()
    {
        var task = ATask(lead: "c", scenario: "S", departments: [Dept("a", "a-1"), Dept("c", "c-0")]);
        Assert.Equal([new DrawDepartment("a", "a.1"), new DrawDepartment("c", "c.9")], DrawTasks.Of(task, Catalogue).Departments);
    }

    [Fact]
    public void An_item_outside_the_catalogue_asks_for_the_departments_basic_qualification()
    {
        var task = ATask(lead: "z", departments: [Dept("z", "z-unknown")]);
        Assert.Equal([new DrawDepartment("z", "z.1")], DrawTasks.Of(task, Catalogue).Departments);
        Assert.Equal([new DrawDepartment("z", "z.1")], DrawTasks.Of(task, InspectionCatalogue.Empty).Departments);
    }

    [Fact]
    public void An_unknown_item_is_passed_over_for_a_known_one_of_the_same_department()
    {
        var task = ATask(lead: "b", departments: [Dept("b", "a-0-unknown", "b-1")]);
        Assert.Equal([new DrawDepartment("b", "b.3")], DrawTasks.Of(task, Catalogue).Departments);
    }

    [Fact]
    public void A_lead_outside_any_scenario_and_without_items_gets_its_departments_first_catalogue_qualification_or_the_basic_one()
    {
        Assert.Equal(new DrawDepartment("c", "c.9"), DrawTasks.Of(ATask(lead: "c", departments: [Dept("a", "a-1")]), Catalogue).Departments.Last());
        Assert.Equal(new DrawDepartment("y", "y.1"), DrawTasks.Of(ATask(lead: "y", departments: [Dept("a", "a-1")]), Catalogue).Departments.Last());
    }

    [Fact]
    public void The_demo_catalogue_staffs_a_bottled_gas_visit_with_its_three_departments()
    {
        var task = ATask(lead: "zhzf", scenario: "bottled-gas", departments: [Dept("scjg", "scjg-gas-cylinder"), Dept("yjgl", "yjgl-gas-safety")]);
        Assert.Equal([new DrawDepartment("scjg", "scjg.1"), new DrawDepartment("yjgl", "yjgl.1"), new DrawDepartment("zhzf", "zhzf.1")],
            DrawTasks.Of(task, DemoCatalogue.Value).Departments);
    }
}
