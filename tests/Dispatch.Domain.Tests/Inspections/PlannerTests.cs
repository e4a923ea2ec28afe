using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.InspectionWorld;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>The joint meeting's planner: DOMAIN.md §4 rules 1, 3–6 and 9.</summary>
public class PlannerTests
{
    [Fact]
    public void Checks_of_one_enterprise_in_one_period_merge_into_one_visit_led_by_the_department_with_most_items()
    {
        var result = Plan(Inputs([Enterprise(1), Enterprise(2)], [
            PlanOf("SCJ", Named("SCJ-food", 1, 2), Named("SCJ-price", 1)),
            PlanOf("AJJ", Named("AJJ-fire", 1)),
            PlanOf("HBJ", Named("HBJ-waste", 2)),
        ]));

        Assert.Empty(result.Violations);
        Assert.Equal(2, result.VisitsPlanned);
        var one = TaskOf(result, 1);
        Assert.Equal("SCJ", one.LeadDepartmentId);
        Assert.Equal(["AJJ", "SCJ"], one.Departments.Select(d => d.DepartmentId));
        Assert.Equal(["SCJ-food", "SCJ-price"], one.Departments.Single(d => d.DepartmentId == "SCJ").ItemCodes);
        Assert.Equal("HBJ", TaskOf(result, 2).LeadDepartmentId); // one item each: the lower department id leads
        Assert.Equal(4, result.NaiveVisits);                     // (SCJ,1) (AJJ,1) (SCJ,2) (HBJ,2)
        Assert.Equal(2, result.LowerBound);
    }

    [Fact]
    public void A_scenario_names_the_lead_for_the_enterprises_it_concerns()
    {
        var scenario = new InspectionScenario("S-canteen", "开办餐饮店一件事", "WJW",
            [new ScenarioDepartment("WJW", ["WJW-hygiene"]), new ScenarioDepartment("SCJ", ["SCJ-food"])], new ScenarioFilter(Industries: ["餐饮"]));
        var result = Plan(Inputs([Enterprise(1), Enterprise(2, industry: "制造")], [
            PlanOf("SCJ", Named("SCJ-food", 1, 2), Named("SCJ-price", 1, 2)),
            PlanOf("WJW", new PlanItem("WJW-hygiene", "S-canteen", PlanTarget.Enterprises([Code(1), Code(2)]), Q2)),
        ], scenarios: [scenario]));

        Assert.Empty(result.Violations);
        Assert.Equal(("WJW", "S-canteen"), (TaskOf(result, 1).LeadDepartmentId, TaskOf(result, 1).ScenarioId));
        Assert.Equal(("SCJ", (string?)null), (TaskOf(result, 2).LeadDepartmentId, TaskOf(result, 2).ScenarioId)); // not a canteen
    }

    [Fact]
    public void An_item_already_checked_this_year_is_not_planned_again_up_to_the_countys_cap()
    {
        var enterprises = new[] { Enterprise(1), Enterprise(2) };
        var plans = new[] { PlanOf("SCJ", Named("SCJ-food", 1, 2), Named("SCJ-price", 1)), PlanOf("AJJ", Named("SCJ-food", 2)) };
        var history = new[] { Checked(1, "SCJ-food", new DateOnly(Year, 2, 10)), Checked(2, "SCJ-food", new DateOnly(Year - 1, 11, 3)) };

        var once = Plan(Inputs(enterprises, plans, history));
        Assert.Empty(once.Violations);
        Assert.Equal(["SCJ-price"], TaskOf(once, 1).Departments.SelectMany(d => d.ItemCodes));
        // Last year's check does not count; of two departments planning the same item on one enterprise, only the first by id checks it.
        Assert.Equal(["AJJ"], TaskOf(once, 2).Departments.Select(d => d.DepartmentId));

        var twice = Plan(Inputs(enterprises, plans, history, settings: new InspectionSettings { SameTypeChecksPerYear = 2 }));
        Assert.Empty(twice.Violations);
        Assert.Equal(["SCJ-food", "SCJ-price"], TaskOf(twice, 1).Departments.SelectMany(d => d.ItemCodes));
        Assert.Equal(["AJJ", "SCJ"], TaskOf(twice, 2).Departments.Select(d => d.DepartmentId));
    }

    [Fact]
    public void An_enterprise_checked_this_year_by_a_higher_level_is_excluded_for_that_item_only()
    {
        var result = Plan(Inputs([Enterprise(1), Enterprise(2)], [PlanOf("SCJ", Named("SCJ-food", 1, 2), Named("SCJ-price", 1))],
            [Checked(1, "SCJ-food", new DateOnly(Year, 1, 20), InspectionLevel.City), Checked(2, "SCJ-food", new DateOnly(Year - 1, 6, 1), InspectionLevel.Province)],
            settings: new InspectionSettings { SameTypeChecksPerYear = 3 }));

        Assert.Empty(result.Violations);
        Assert.Equal(["SCJ-price"], TaskOf(result, 1).Departments.SelectMany(d => d.ItemCodes));
        Assert.Equal(["SCJ-food"], TaskOf(result, 2).Departments.SelectMany(d => d.ItemCodes)); // last year's provincial check
    }

    [Fact]
    public void Key_list_enterprises_are_all_checked_and_the_rest_sampled_by_credit_grade()
    {
        var enterprises = Enumerable.Range(1, 10).Select(n => Enterprise(n, CreditGrade.B))
            .Concat(Enumerable.Range(11, 4).Select(n => Enterprise(n, CreditGrade.D)))
            .Concat(Enumerable.Range(15, 3).Select(n => Enterprise(n, CreditGrade.A, keyList: true)))
            .Concat(Enumerable.Range(18, 5).Select(n => Enterprise(n, CreditGrade.A)))
            .ToList();
        var result = Plan(Inputs(enterprises, [PlanOf("SCJ", Sampled("SCJ-food", 0, 0.25, 0.5, 1))]));

        Assert.Empty(result.Violations);
        var visited = result.JointTasks.Select(t => enterprises.Single(e => e.CreditCode == t.CreditCode)).ToList();
        Assert.Equal(3, visited.Count(e => e.KeyList));                                  // key list: all, though grade A's ratio is 0
        Assert.Equal(3, visited.Count(e => e.CreditGrade == CreditGrade.B));             // ceil(0.25 × 10)
        Assert.Equal(4, visited.Count(e => e.CreditGrade == CreditGrade.D));
        Assert.Equal(0, visited.Count(e => e.CreditGrade == CreditGrade.A && !e.KeyList));
        Assert.Equal(10, result.LowerBound);
    }

    [Fact]
    public void A_sample_draws_only_enterprises_the_scenario_concerns_and_not_those_excluded()
    {
        var enterprises = Enumerable.Range(1, 20).Select(n => Enterprise(n, industry: n <= 10 ? "餐饮" : "制造")).ToList();
        var scenario = new InspectionScenario("S-canteen", "开办餐饮店一件事", "SCJ", [new ScenarioDepartment("SCJ", ["SCJ-food"])], new ScenarioFilter(Industries: ["餐饮"]));
        var history = Enumerable.Range(1, 5).Select(n => Checked(n, "SCJ-food", new DateOnly(Year, 1, 5))).ToList();
        var result = Plan(Inputs(enterprises, [PlanOf("SCJ", Sampled("SCJ-food", 1, 1, 1, 1, "S-canteen"))], history, [scenario]));

        Assert.Empty(result.Violations);
        Assert.Equal(Enumerable.Range(6, 5).Select(Code), result.JointTasks.Select(t => t.CreditCode));
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another_draw()
    {
        var enterprises = Enumerable.Range(1, 200).Select(n => Enterprise(n, (CreditGrade)(n % 4))).ToList();
        var inputs = Inputs(enterprises, [PlanOf("SCJ", Sampled("SCJ-food", 0.1, 0.1, 0.1, 0.1)), PlanOf("AJJ", Sampled("AJJ-fire", 0.05, 0.1, 0.1, 0.2))]);
        string Drawn(PlannerResult r) => string.Join(",", r.JointTasks.Select(t => $"{t.CreditCode}@{t.PlannedDate}:{string.Join("+", t.Departments.Select(d => d.DepartmentId))}"));

        Assert.Equal(Drawn(Plan(inputs, seed: 7)), Drawn(Plan(inputs, seed: 7)));
        Assert.NotEqual(Drawn(Plan(inputs, seed: 7)), Drawn(Plan(inputs, seed: 8)));
        // The same ranking serves every item, so the smaller sample of a grade lies inside the larger: visits merge.
        var plan = Plan(inputs, seed: 7);
        Assert.Equal(plan.LowerBound, plan.VisitsPlanned);
        Assert.True(plan.NaiveVisits > plan.VisitsPlanned);
    }

    [Fact]
    public void Anyone_with_the_seed_and_the_frozen_pool_re_runs_a_draw_to_the_same_enterprises()
    {
        var enterprises = Enumerable.Range(1, 60).Select(n => Enterprise(n, CreditGrade.C)).ToList();
        var history = new[] { Checked(3, "SCJ-food", new DateOnly(Year, 1, 5)) };
        var result = Plan(Inputs(enterprises, [PlanOf("SCJ", Sampled("SCJ-food", 0, 0, 0.1, 0))], history), seed: 99);

        var draw = Assert.Single(result.Draws);
        var pool = enterprises.Select(e => e.CreditCode).Where(c => c != Code(3)).ToList(); // exclusions before the draw
        Assert.Equal((CreditGrade.C, 0.1, 59, SampleDraw.PoolHash(pool)), (draw.Grade, draw.Ratio, draw.PoolSize, draw.PoolHash));
        Assert.Equal(pool.OrderBy(c => SampleDraw.Rank(99, c)).Take(6), draw.Drawn);            // ceil(0.1 × 59)
        Assert.Equal(draw.Drawn.Order(), result.JointTasks.Select(t => t.CreditCode).Order());
    }

    [Fact]
    public void Visits_fall_on_weekdays_of_the_quarter_and_carry_the_peaks_to_avoid()
    {
        var peaks = PeakHours.Parse("08:00-11:00;14:00-17:00")!;
        var enterprises = Enumerable.Range(1, 100).Select(n => Enterprise(n, peaks: peaks)).ToList();
        var result = Plan(Inputs(enterprises, [PlanOf("SCJ", Sampled("SCJ-food", 1, 1, 1, 1))]));

        Assert.Equal(100, result.VisitsPlanned);
        Assert.All(result.JointTasks, t =>
        {
            Assert.InRange(t.PlannedDate, new DateOnly(Year, 4, 1), new DateOnly(Year, 6, 30));
            Assert.DoesNotContain(t.PlannedDate.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
            Assert.Equal(peaks, t.AvoidPeaks);
        });
        Assert.True(result.JointTasks.Select(t => t.PlannedDate).Distinct().Count() > 20); // spread over the quarter
    }

    [Fact]
    public void A_visit_is_moved_clear_of_an_earlier_check_or_flagged_when_it_cannot_be()
    {
        var enterprises = new[] { Enterprise(1) };
        var plans = new[] { PlanOf("SCJ", Named("SCJ-food", 1)) };
        var history = new[] { Checked(1, "AJJ-fire", new DateOnly(Year, 4, 20), department: "AJJ") };

        var moved = Plan(Inputs(enterprises, plans, history));
        Assert.Empty(moved.Flags);
        Assert.True(Math.Abs(TaskOf(moved, 1).PlannedDate.DayNumber - new DateOnly(Year, 4, 20).DayNumber) > 30);

        var flagged = Plan(Inputs(enterprises, plans, history, settings: new InspectionSettings { RepeatAlertDays = 90 }));
        var flag = Assert.Single(flagged.Flags);
        Assert.Equal((Code(1), new DateOnly(Year, 4, 20), "AJJ"), (flag.CreditCode, flag.PreviousCheck, flag.PreviousDepartmentId));
        Assert.True(flag.DaysApart <= 90);
        Assert.Empty(flagged.Violations); // a repeat is an alert for the joint meeting, not a broken rule
    }

    [Fact]
    public void A_period_outside_the_year_is_refused() =>
        Assert.Throws<ArgumentException>(() => Planner.Plan(Inputs([], []), 2027, Q2, 1));
}
