using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.InspectionWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>A planner run as the county keeps it: filed plans plus the queued out-of-plan checks, turned into numbered tasks.</summary>
public class PlannerRunsTests
{
    const string RunId = "2026-Q2-r1";
    static readonly DateTimeOffset At = new(2026, 3, 28, 2, 0, 0, TimeSpan.Zero);

    static readonly EnterpriseRecord[] Enterprises =
    [
        Enterprise(1), Enterprise(2, risk: RiskLevel.High, township: "T05"), Enterprise(3), Enterprise(4), Enterprise(5), Enterprise(6, risk: RiskLevel.Low),
    ];
    static readonly InspectionPlan[] Plans = [PlanOf("SCJ", Named("SCJ-food", 1, 2)), PlanOf("AJJ", Named("AJJ-fire", 1))];

    static AdhocFiling Filing(string id, int enterprise, DateOnly on, AdhocFilingStatus status) =>
        new(id, "HBJ", Code(enterprise), $"企业{enterprise}", "HBJ-waste", on, null, status, status == AdhocFilingStatus.Queued ? "未提前报备" : null, null, "desk", At);

    static readonly AdhocFiling[] Queue =
    [
        Filing("F1", 3, new DateOnly(2026, 5, 10), AdhocFilingStatus.Queued),   // within the quarter: taken
        Filing("F2", 4, new DateOnly(2026, 5, 11), AdhocFilingStatus.Allowed),  // already allowed: not planned again
        Filing("F3", 5, new DateOnly(2026, 7, 2), AdhocFilingStatus.Queued),    // after the quarter: waits for a later run
        Filing("F4", 6, new DateOnly(2026, 3, 1), AdhocFilingStatus.Queued),    // left over from before the quarter: taken
    ];

    static string ZoneOf(string township) => township == "T05" ? "Z2" : "Z1";

    static PlannerRuns.Outcome Run(IReadOnlyList<InspectionHistoryEntry>? history = null, InspectionSettings? settings = null) =>
        PlannerRuns.Run(RunId, Year, Q2, 42, Enterprises, history ?? [], Plans, Queue, InspectionCatalogue.Empty, settings ?? new InspectionSettings(),
            ZoneOf, "planner", At);

    [Fact]
    public void Tasks_are_numbered_within_the_run()
    {
        var (run, tasks) = Run();

        Assert.Equal(Enumerable.Range(1, tasks.Count).Select(i => $"{RunId}-{i:0000}"), tasks.Select(t => t.Id));
        Assert.All(tasks, t => Assert.Equal((RunId, RunId), (t.RunId, PlannerRuns.RunIdOf(t.Id))));
        Assert.Equal(run.VisitsPlanned, tasks.Count);
    }

    [Theory]
    [InlineData("2026-Q2-r1-0001", "2026-Q2-r1")]
    [InlineData("r-0012", "r")]
    [InlineData("nodash", null)]
    [InlineData("-0001", null)]
    [InlineData("", null)]
    public void The_run_of_a_task_is_its_id_before_the_last_dash(string taskId, string? runId) => Assert.Equal(runId, PlannerRuns.RunIdOf(taskId));

    [Fact]
    public void Queued_out_of_plan_checks_dated_up_to_the_quarters_end_become_named_checks_of_their_department()
    {
        var (run, tasks) = Run();

        Assert.Equal(["F1", "F4"], run.AdhocTaken);
        Assert.Equal([Code(1), Code(2), Code(3), Code(6)], tasks.Select(t => t.CreditCode).Order(StringComparer.Ordinal));
        foreach (var n in new[] { 3, 6 })
        {
            var task = Assert.Single(tasks, t => t.CreditCode == Code(n));
            Assert.Equal(["HBJ"], task.DepartmentIds);
            Assert.Equal(["HBJ-waste"], task.ItemCodes);
            Assert.Equal("HBJ", task.LeadDepartmentId);
        }
        Assert.DoesNotContain(tasks, t => t.CreditCode == Code(4) || t.CreditCode == Code(5));
    }

    [Fact]
    public void A_small_run_breaks_no_rule_and_records_its_figures()
    {
        var (run, _) = Run();

        Assert.Empty(run.Violations);
        Assert.Equal((RunId, Year, Q2, 42ul, "planner", At), (run.Id, run.Year, run.Period, run.Seed, run.CreatedBy, run.CreatedAt));
        Assert.Equal((4, 5), (run.VisitsPlanned, run.NaiveVisits)); // enterprise 1: SCJ and AJJ in one visit
        Assert.Equal(0, run.RepeatFlags);
    }

    [Fact]
    public void A_task_carries_the_enterprise_its_zone_and_whether_notice_may_be_given()
    {
        var tasks = Run().Tasks;
        var one = Assert.Single(tasks, t => t.CreditCode == Code(1));
        var two = Assert.Single(tasks, t => t.CreditCode == Code(2));

        Assert.Equal(("企业1", "T01", "Z1", Q2), (one.EnterpriseName, one.TownshipId, one.ZoneId, one.Period));
        Assert.Equal(["AJJ", "SCJ"], one.DepartmentIds);
        Assert.True(one.NoticeAllowed);
        Assert.Equal(("T05", "Z2"), (two.TownshipId, two.ZoneId));
        Assert.False(two.NoticeAllowed); // high risk: unannounced
        Assert.True(Assert.Single(tasks, t => t.CreditCode == Code(6)).NoticeAllowed);

        Assert.All(tasks, t =>
        {
            Assert.Equal(InspectionTaskStatus.Planned, t.Status);
            var entry = Assert.Single(t.Timeline);
            Assert.Equal((At, "planned", "system"), (entry.At, entry.Action, entry.By));
            Assert.Contains(RunId, entry.Detail);
        });
    }

    [Fact]
    public void The_repeat_flag_comes_from_the_planners_flags()
    {
        // A check of enterprise 1 in late March, and a window wider than the quarter: no date of Q2 clears it.
        var (run, tasks) = Run([Checked(1, "XX-other", new DateOnly(2026, 3, 25), department: "XX")], new InspectionSettings { RepeatAlertDays = 200 });

        Assert.Equal(1, run.RepeatFlags);
        Assert.Equal([Code(1)], tasks.Where(t => t.RepeatFlag).Select(t => t.CreditCode));
    }

    [Fact]
    public void A_repeated_run_plans_the_same_tasks()
    {
        var first = Run().Tasks;
        var again = Run().Tasks;
        Assert.Equal(first.Select(t => (t.Id, t.CreditCode, t.PlannedDate)), again.Select(t => (t.Id, t.CreditCode, t.PlannedDate)));
    }

    [Fact]
    public void A_run_may_take_queued_checks_and_those_earlier_runs_of_its_quarter_took()
    {
        AdhocFiling[] filings =
        [
            Filing("F1", 3, new DateOnly(2026, 5, 10), AdhocFilingStatus.Queued),
            Filing("F2", 4, new DateOnly(2026, 5, 11), AdhocFilingStatus.Allowed),
            Filing("F5", 5, new DateOnly(2026, 5, 12), AdhocFilingStatus.Queued) with { Status = AdhocFilingStatus.Planned, RunId = "R2026Q2-1" },
            Filing("F6", 6, new DateOnly(2026, 2, 12), AdhocFilingStatus.Queued) with { Status = AdhocFilingStatus.Planned, RunId = "R2026Q1-1" },
        ];

        Assert.Equal(["F1", "F5"], PlannerRuns.Waiting(filings, new HashSet<string> { "R2026Q2-1" }).Select(f => f.Id));
    }

    [Fact]
    public void Only_queued_checks_a_run_took_are_marked_planned_by_it()
    {
        AdhocFiling[] filings =
        [
            Filing("F1", 3, new DateOnly(2026, 5, 10), AdhocFilingStatus.Queued),
            Filing("F2", 4, new DateOnly(2026, 5, 11), AdhocFilingStatus.Allowed),
            Filing("F3", 5, new DateOnly(2026, 7, 2), AdhocFilingStatus.Queued),
            Filing("F5", 5, new DateOnly(2026, 5, 12), AdhocFilingStatus.Queued) with { Status = AdhocFilingStatus.Planned, RunId = "R2026Q2-1" },
        ];

        var after = PlannerRuns.Taken(filings, new HashSet<string> { "F1", "F2", "F5" }, "R2026Q2-2");

        Assert.Equal(new (AdhocFilingStatus, string?)[]
        {
            (AdhocFilingStatus.Planned, "R2026Q2-2"), (AdhocFilingStatus.Allowed, null), (AdhocFilingStatus.Queued, null), (AdhocFilingStatus.Planned, "R2026Q2-1"),
        }, after.Select(f => (f.Status, f.RunId)));
    }
}
