using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.InspectionWorld;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>The independent rule check finds each kind of broken plan, so tests and the benchmark can trust an empty list.</summary>
public class PlanRulesTests
{
    static readonly PlannerInputs World = Inputs(
        [Enterprise(1, keyList: true), Enterprise(2), Enterprise(3)],
        [PlanOf("SCJ", Sampled("SCJ-food", 0, 0, 0, 0), Named("SCJ-price", 2)), PlanOf("AJJ", Named("AJJ-fire", 2, 3))],
        [Checked(3, "SCJ-price", new DateOnly(Year, 1, 9), InspectionLevel.Province)]);

    static readonly PlannerResult Good = Plan(World);

    static IEnumerable<string> Rules(PlannerResult r) => PlanRules.Violations(r, World, World.Settings).Select(v => v.Rule).Distinct();

    static PlannerResult With(params JointTask[] tasks) => Good with { JointTasks = tasks };

    [Fact]
    public void The_planners_plan_keeps_every_rule() => Assert.Empty(Rules(Good));

    [Fact]
    public void A_dropped_key_list_check_and_a_dropped_named_enterprise_are_found()
    {
        Assert.Equal(["key-list"], Rules(With([.. Good.JointTasks.Where(t => t.CreditCode != Code(1))])));
        var withoutPrice = Good.JointTasks.Select(t => t.CreditCode != Code(2) ? t
            : t with { Departments = [.. t.Departments.Where(d => d.DepartmentId != "SCJ")], LeadDepartmentId = "AJJ" }).ToArray();
        Assert.Equal(["coverage"], Rules(With(withoutPrice)));
    }

    [Fact]
    public void Two_visits_to_one_enterprise_an_unplanned_item_an_excluded_item_and_a_wrong_lead_are_found()
    {
        var three = TaskOf(Good, 3);
        Assert.Contains("merge", Rules(With([.. Good.JointTasks, three])));
        Assert.Equal(["unplanned"], Rules(With([.. Good.JointTasks.Where(t => t != three),
            three with { Departments = [new TaskDepartment("AJJ", ["AJJ-fire", "AJJ-gas"])] }])));
        Assert.Equal(["higher-level", "cap"], Rules(With([.. Good.JointTasks.Where(t => t != three),
            three with { Departments = [new TaskDepartment("AJJ", ["AJJ-fire"]), new TaskDepartment("SCJ", ["SCJ-price"])] }]))); // the provincial check also used the cap
        Assert.Equal(["lead"], Rules(With([.. Good.JointTasks.Where(t => t != three), three with { LeadDepartmentId = "SCJ" }])));
    }

    [Fact]
    public void A_date_outside_the_period_and_an_enterprise_outside_the_directory_are_found()
    {
        var three = TaskOf(Good, 3);
        Assert.Equal(["period"], Rules(With([.. Good.JointTasks.Where(t => t != three), three with { PlannedDate = new DateOnly(Year, 7, 1) }])));
        Assert.Contains("directory", Rules(With([.. Good.JointTasks, three with { CreditCode = Code(99) }])));
    }

    [Fact]
    public void A_short_sample_is_found()
    {
        var inputs = Inputs(Enumerable.Range(1, 10).Select(n => Enterprise(n)).ToList(), [PlanOf("SCJ", Sampled("SCJ-food", 0, 0.5, 0, 0))]);
        var plan = Plan(inputs);
        Assert.Empty(PlanRules.Violations(plan, inputs, inputs.Settings));
        var shorter = plan with { JointTasks = plan.JointTasks.Skip(1).ToList() };
        Assert.Equal(["sample"], PlanRules.Violations(shorter, inputs, inputs.Settings).Select(v => v.Rule));
    }
}
