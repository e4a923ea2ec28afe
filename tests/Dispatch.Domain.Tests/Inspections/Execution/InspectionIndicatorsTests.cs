using Dispatch.Domain.Inspections.Execution;
using static Dispatch.Domain.Tests.Inspections.Execution.TaskWorld;

namespace Dispatch.Domain.Tests.Inspections.Execution;

/// <summary>
/// The joint-inspection figures over a small world counted by hand. In 2026-Q4:
/// A (Z1) scjg+yjgl+wsjk led by scjg, coded, published on time; B (Z2) zhzf+scjg led by zhzf, coded, overdue, a repeat;
/// C (Z1) scjg alone, planned only; an allowed out-of-plan check by scjg in Z1. Not counted: a queued out-of-plan check,
/// one taken into a run (its visit counts instead), and D (Z1, scjg alone, published late) planned in 2027.
/// </summary>
public class InspectionIndicatorsTests
{
    static readonly DateOnly From = new(2026, 10, 1), To = new(2026, 12, 31);
    static readonly DateTimeOffset Deadline = new DateTimeOffset(2026, 12, 7, 0, 0, 0, China).AddTicks(-1);
    static readonly DateTimeOffset Now = Deadline.AddDays(3);

    static readonly InspectionTask A = InspectionTaskRules.Publish(
        ATask("r-0001", "Z1", "T01", "scjg", [Dept("scjg", "scjg-pricing"), Dept("yjgl", "yjgl-hazchem"), Dept("wsjk", "wsjk-public-hygiene")], new DateOnly(2026, 10, 10)).Inspected(),
        Office, FirstResults.AddDays(1)).Task!;
    static readonly InspectionTask B = ATask("r-0002", "Z2", "T05", "zhzf", [Dept("scjg", "scjg-gas-cylinder"), Dept("zhzf", "zhzf-gas-operation")],
        new DateOnly(2026, 10, 20), repeat: true).Inspected();
    static readonly InspectionTask C = ATask("r-0003", "Z1", "T02", "scjg", [Dept("scjg", "scjg-food-license")], new DateOnly(2026, 11, 5));
    static readonly InspectionTask D = InspectionTaskRules.Publish(
        ATask("r-0004", "Z1", "T01", "scjg", [Dept("scjg", "scjg-pricing")], new DateOnly(2027, 1, 10)).Inspected(), Office, Deadline.AddDays(1)).Task!;

    static AdhocFiling Filing(string id, string department, string enterprise, DateOnly on, AdhocFilingStatus status) =>
        new(id, department, enterprise, "企业", $"{department}-x", on, null, status, null, null, "desk", FirstResults);

    static readonly AdhocFiling[] Filings =
    [
        Filing("F1", "scjg", "E-Z1", new DateOnly(2026, 10, 15), AdhocFilingStatus.Allowed),
        Filing("F2", "yjgl", "E-Z1", new DateOnly(2026, 10, 16), AdhocFilingStatus.Queued),
        Filing("F3", "scjg", "E-Z1", new DateOnly(2026, 10, 17), AdhocFilingStatus.Planned),
    ];

    static string? ZoneOf(string creditCode) => creditCode == "E-Z1" ? "Z1" : null;

    static InspectionIndicators Figures(IndicatorScope scope, string? id, DateOnly? from = null, DateOnly? to = null, DateTimeOffset? now = null) =>
        InspectionIndicators.Compute([A, B, C, D], Filings, scope, id, from ?? From, to ?? To, now ?? Now, ZoneOf);

    [Fact]
    public void The_world_is_as_described()
    {
        Assert.Equal(Deadline, A.PublishDeadline);
        Assert.True(A.PublishedOnTime);
        Assert.True(B.PublishOverdue(Now));
        Assert.False(D.PublishedOnTime);
        Assert.All([A, B, D], t => Assert.NotNull(t.Code));
        Assert.Null(C.Code);
    }

    [Fact]
    public void County_figures_count_every_departments_check_and_the_allowed_out_of_plan_check()
    {
        // 4 visits (A, B, C, F1); 3 + 2 + 1 planned checks and 1 out-of-plan = 7, 5 of them on joint visits;
        // saved: 2 on A and 1 on B; one repeat, two joint visits, two coded; of A and B due, A on time.
        Assert.Equal(new InspectionIndicators(4, 7, 0.7143, 3, 0.8571, 0.25, 0.5, 0.5, 0.5), Figures(IndicatorScope.County, null));
    }

    [Fact]
    public void Zone_figures_count_visits_to_the_zones_enterprises()
    {
        // Z1: A, C and F1 (its enterprise is in Z1): 3 + 1 + 1 checks, 3 joint; A saves 2; A is the only one due.
        Assert.Equal(new InspectionIndicators(3, 5, 0.6, 2, 0.8, 0, 0.3333, 0.3333, 1), Figures(IndicatorScope.Zone, "Z1"));
        // Z2: B alone, a repeat, overdue.
        Assert.Equal(new InspectionIndicators(1, 2, 1, 1, 1, 1, 1, 1, 0), Figures(IndicatorScope.Zone, "Z2"));
    }

    [Fact]
    public void Department_figures_count_only_its_own_checks()
    {
        // scjg checks on A, B, C and F1: one check each; joint on A and B; it saved a trip on B only (zhzf led it).
        Assert.Equal(new InspectionIndicators(4, 4, 0.5, 1, 0.75, 0.25, 0.5, 0.5, 0.5), Figures(IndicatorScope.Department, "scjg"));
        // yjgl: A only; its queued out-of-plan check does not count.
        Assert.Equal(new InspectionIndicators(1, 1, 1, 1, 1, 0, 1, 1, 1), Figures(IndicatorScope.Department, "yjgl"));
        // zhzf led B: no trip saved for it.
        Assert.Equal(new InspectionIndicators(1, 1, 1, 0, 1, 1, 1, 1, 0), Figures(IndicatorScope.Department, "zhzf"));
    }

    [Fact]
    public void Nothing_to_count_gives_no_rates()
    {
        Assert.Equal(new InspectionIndicators(0, 0, null, 0, null, null, null, null, null), Figures(IndicatorScope.Department, "ny"));
        Assert.Equal(new InspectionIndicators(0, 0, null, 0, null, null, null, null, null), Figures(IndicatorScope.Zone, "Z9"));
    }

    [Fact]
    public void Only_visits_published_or_overdue_count_towards_publication_on_time()
    {
        // November holds C alone: nothing is due.
        Assert.Equal(new InspectionIndicators(1, 1, 0, 0, 1, 0, 0, 0, null),
            Figures(IndicatorScope.County, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        // Before the deadline B is not yet overdue: of the due, A alone, on time.
        Assert.Equal(1, Figures(IndicatorScope.County, null, now: Deadline).PublishedOnTimeRate);
    }

    [Fact]
    public void The_date_range_is_inclusive_and_filters_visits_and_out_of_plan_checks()
    {
        var tenth = new DateOnly(2026, 10, 10);
        Assert.Equal(new InspectionIndicators(1, 3, 1, 2, 1, 0, 1, 1, 1), Figures(IndicatorScope.County, null, tenth, tenth));
        Assert.Equal(2, Figures(IndicatorScope.County, null, tenth, new DateOnly(2026, 10, 15)).Visits); // A and F1
        // Through 2027-Q1: D adds a visit, a check, a code, and a late publication.
        Assert.Equal(new InspectionIndicators(5, 8, 0.625, 3, 0.875, 0.2, 0.4, 0.6, 0.3333),
            Figures(IndicatorScope.County, null, to: new DateOnly(2027, 3, 31)));
    }
}
