using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.InspectionWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>Which year of the office each thing belongs to, how ids name their year, and which years a run reads.</summary>
public class InspectionYearsTests
{
    static readonly DateTimeOffset At = new(2026, 11, 2, 2, 0, 0, TimeSpan.Zero);

    static AdhocFiling Filing(string id, DateOnly planned, DateTimeOffset filedAt, AdhocFilingStatus status = AdhocFilingStatus.Allowed, string? runId = null) =>
        new(id, "HBJ", Code(1), "企业1", "HBJ-waste", planned, null, status, null, runId, "desk", filedAt);

    static PlannerRunRecord RunOf(string id, int year, string period) => new(id, year, period, 1, 0, 0, 0, [], 0, [], "planner", At);

    static FiledPlan Plan(string department, int year) => new(new InspectionPlan(department, year, []), "desk", At);

    [Fact]
    public void The_countys_year_turns_at_midnight_china_time()
    {
        Assert.Equal(2026, InspectionYears.Of(new DateTimeOffset(2026, 12, 31, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(2027, InspectionYears.Of(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_filing_is_of_the_year_of_its_planned_date_not_of_the_day_it_was_filed()
    {
        var lateDecember = new DateTimeOffset(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);

        Assert.Equal(2027, InspectionYears.Of(Filing("A00001", new DateOnly(2027, 1, 5), lateDecember)));
        Assert.Equal(2027, InspectionYears.Of(new AdhocCheckRequest("HBJ", Code(1), "HBJ-waste", new DateOnly(2027, 1, 5))));
        Assert.Equal(2026, InspectionYears.Of(Filing("A00002", new DateOnly(2026, 12, 30), lateDecember)));
    }

    [Theory]
    [InlineData("R2026Q4-1", 2026)]
    [InlineData("R2026Q4-12", 2026)]
    [InlineData("R2027Q1-1-0001", 2027)]
    [InlineData("R2026Q5-1", null)]
    [InlineData("R1999Q4-1", null)]
    [InlineData("R20X6Q4-1", null)]
    [InlineData("R2026Q4", null)]
    [InlineData("R2026Q4-", null)]
    [InlineData("A00001", null)]
    [InlineData("D0001", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_run_or_task_id_names_its_year(string? id, int? year) => Assert.Equal(year, InspectionNumbers.YearOf(id));

    [Fact]
    public void Ids_keep_the_shapes_devices_know()
    {
        var run = InspectionNumbers.Run(InspectionPeriod.Parse("2026-Q4")!, 2);

        Assert.Equal("R2026Q4-2", run);
        Assert.Equal(2026, InspectionNumbers.YearOf(run));
        Assert.Equal(("A00001", "A12345"), (InspectionNumbers.Filing(1), InspectionNumbers.Filing(12345)));
        Assert.Equal(("D0001", "D0042"), (InspectionNumbers.Draw(1), InspectionNumbers.Draw(42)));
    }

    [Fact]
    public void A_draw_is_kept_by_the_latest_year_of_its_visits()
    {
        Assert.Equal(2027, InspectionYears.OfDraw(null, ["R2026Q4-1-0003", "R2027Q1-1-0001"]));
        Assert.Equal(2026, InspectionYears.OfDraw("R2026Q4-2", null));
        Assert.Equal(2026, InspectionYears.OfDraw(null, ["x", "R2026Q4-1-0001"]));
        Assert.Null(InspectionYears.OfDraw(null, ["x", "y"]));
        Assert.Null(InspectionYears.OfDraw(null, null));
    }

    [Fact]
    public void A_kept_draw_is_of_its_visits_year_or_when_it_never_drew_of_the_year_it_was_committed()
    {
        var record = new DrawRecord("D0007", "c", "s", "h", new DrawParameters(2), [], [new DrawTask("R2025Q4-1-0001", Code(1), [])], [], [], []);
        var newYearsEve = new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(2025, InspectionYears.Of(new KeptDraw("D0007", "c", "planner", newYearsEve, record)));
        Assert.Equal(2027, InspectionYears.Of(new KeptDraw("D0008", "c", "planner", newYearsEve, null)));
    }

    [Theory]
    [InlineData("2027-Q1", 30, new[] { 2026 })]
    [InlineData("2027-Q3", 30, new[] { 2026 })]
    [InlineData("2027-Q1", 0, new[] { 2026 })]
    [InlineData("2027-Q1", 400, new[] { 2025, 2026 })]
    [InlineData("2000-Q2", 30, new int[0])]
    public void A_run_reads_the_year_before_and_more_only_for_a_window_longer_than_a_year(string period, int window, int[] years) =>
        Assert.Equal(years, InspectionYears.ReadBefore(InspectionPeriod.Parse(period)!, window));

    [Fact]
    public void A_list_of_visits_reads_its_runs_year_the_year_asked_every_year_for_one_inspector_or_enterprise_else_this_year()
    {
        Assert.Equal([2025], InspectionYears.OfVisitList("R2025Q4-1", null, oneInspectorOrEnterprise: true, thisYear: 2026));
        Assert.Equal([2025], InspectionYears.OfVisitList("R2025Q4-1", 2025, false, 2026));
        Assert.Empty(InspectionYears.OfVisitList("R2025Q4-1", 2026, false, 2026)!);
        Assert.Empty(InspectionYears.OfVisitList("nothing", null, false, 2026)!);
        Assert.Equal([2024], InspectionYears.OfVisitList(null, 2024, true, 2026));
        Assert.Null(InspectionYears.OfVisitList(null, null, true, 2026));
        Assert.Equal([2026], InspectionYears.OfVisitList(null, null, false, 2026));
    }

    [Theory]
    [InlineData(1999, false)]
    [InlineData(2000, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void The_office_has_the_years_plans_and_runs_may_name(int year, bool valid) => Assert.Equal(valid, InspectionYears.IsValid(year));

    [Fact]
    public void The_office_record_of_every_year_splits_into_years_in_its_order()
    {
        FiledPlan[] plans = [Plan("SCJ", 2025), Plan("AJJ", 2026), Plan("HBJ", 2025)];
        AdhocFiling[] filings = [Filing("A00001", new DateOnly(2025, 6, 1), At), Filing("A00002", new DateOnly(2026, 1, 3), At), Filing("A00003", new DateOnly(2025, 12, 30), At)];
        PlannerRunRecord[] runs = [RunOf("R2025Q4-1", 2025, "2025-Q4"), RunOf("R2026Q1-1", 2026, "2026-Q1")];
        var drawYears = new Dictionary<string, int> { ["D0001"] = 2025, ["D0002"] = 2026 };

        var year = OfficeYear.Of(2025, plans, filings, runs, ["D0001", "D0002"], id => drawYears[id]);

        Assert.Equal(["SCJ", "HBJ"], year.Plans.Select(p => p.Plan.DepartmentId));
        Assert.Equal(["A00001", "A00003"], year.Filings.Select(f => f.Id));
        Assert.Equal(["R2025Q4-1"], year.Runs.Select(r => r.Id));
        Assert.Equal(["D0001"], year.DrawIds);
        Assert.True(OfficeYear.Of(2024, plans, filings, runs, ["D0001", "D0002"], id => drawYears[id]).IsEmpty);
    }

    [Fact]
    public void Seed_plans_go_only_to_departments_with_no_plan_of_their_own()
    {
        var own = new OfficeYear([Plan("SCJ", 2026)], [], [], []);

        var seeded = own.WithPlansOf([new FiledPlan(new InspectionPlan("SCJ", 2026, []), "system", At), new FiledPlan(new InspectionPlan("AJJ", 2026, []), "system", At)]);

        Assert.Equal([("SCJ", "desk"), ("AJJ", "system")], seeded.Plans.Select(p => (p.Plan.DepartmentId, p.FiledBy)));
        Assert.False(seeded.IsEmpty);
        Assert.True(OfficeYear.Empty.IsEmpty);
    }
}
