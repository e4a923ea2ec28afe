using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>The demo county's inspection items, scenarios and plans hold together with its departments, officers and enterprises.</summary>
public class DemoCatalogueTests
{
    static readonly CountyData County = DemoCounty.Generate(null);
    static readonly InspectionCatalogue Catalogue = DemoCatalogue.Value;

    [Fact]
    public void Item_codes_are_unique()
    {
        Assert.Equal(Catalogue.Items.Count, Catalogue.Items.Select(i => i.Code).Distinct().Count());
        Assert.Equal(Catalogue.Scenarios.Count, Catalogue.Scenarios.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_scenario_item_exists_and_belongs_to_the_department_that_lists_it()
    {
        foreach (var scenario in Catalogue.Scenarios)
        {
            Assert.Contains(scenario.Departments, d => d.DepartmentId == scenario.LeadDepartmentId);
            foreach (var department in scenario.Departments)
            foreach (var code in department.ItemCodes)
            {
                var item = Catalogue.Item(code);
                Assert.True(item is not null, $"{scenario.Id}: {code} is not in the catalogue");
                Assert.Equal(department.DepartmentId, item.DepartmentId);
            }
        }
    }

    [Fact]
    public void Every_item_belongs_to_a_department_of_the_demo_county()
    {
        var departments = DemoCounty.Departments.Select(d => d.Id).ToHashSet();
        Assert.All(Catalogue.Items, i => Assert.Contains(i.DepartmentId, departments));
        Assert.All(Catalogue.Scenarios, s => Assert.All(s.Departments, d => Assert.Contains(d.DepartmentId, departments)));
    }

    [Fact]
    public void Every_qualification_is_held_by_at_least_two_officers_of_its_department()
    {
        foreach (var item in Catalogue.Items)
        {
            var holders = County.Officers.Count(o => o.DepartmentId == item.DepartmentId && o.Qualifications.Contains(item.Qualification));
            Assert.True(holders >= 2, $"{item.Code}: {item.Qualification} held by {holders} officers of {item.DepartmentId}");
        }
    }

    [Fact]
    public void The_demo_plans_name_catalogue_items_of_their_own_department_and_scenario()
    {
        foreach (var plan in DemoCatalogue.Plans(2026))
        foreach (var item in plan.Items)
        {
            Assert.Equal(plan.DepartmentId, Catalogue.Item(item.ItemCode)?.DepartmentId);
            var scenario = Catalogue.Scenario(item.ScenarioId);
            Assert.NotNull(scenario);
            Assert.Contains(scenario.Departments, d => d.DepartmentId == plan.DepartmentId && d.ItemCodes.Contains(item.ItemCode));
        }
    }

    [Fact]
    public void The_demo_plans_merge_visits_over_the_demo_enterprises_without_breaking_a_rule()
    {
        var enterprises = DemoEnterprises.Generate(new CountyDirectory(County));
        var result = Planner.Plan(new PlannerInputs(enterprises, [], DemoCatalogue.Plans(2026), Catalogue.Scenarios, new InspectionSettings()), 2026, "2026-Q4", 42);

        Assert.Empty(result.Violations);
        Assert.Contains(result.JointTasks, t => t.Departments.Any(d => d.DepartmentId == "scjg") && t.Departments.Any(d => d.DepartmentId == "yjgl"));
        Assert.True(result.VisitsPlanned < result.NaiveVisits, $"{result.VisitsPlanned} visits planned, {result.NaiveVisits} naive");
    }
}
