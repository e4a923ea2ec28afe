using Dispatch.Domain.Access;
using Dispatch.Domain.Whistles;
using Dispatch.Domain.Whistles.Listings;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Listings;

public class WhistleSetsTests
{
    [Fact]
    public void An_open_whistle_is_in_its_zones_townships_departments_and_officers_sets_and_their_open_variants()
    {
        var scjg = OfficerOf("scjg");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        var sets = WhistleSets.Of(w);
        Assert.Equal(sets.Count, sets.Distinct().Count());
        foreach (var set in new[]
                 {
                     "all", "open", "zone:Z1", "zone:Z1:open", "township:T01", "township:T01:open", "dept:scjg", "dept:scjg:open", "dept:zhzf",
                     "dept:zhzf:open", "status:open", "officer:" + scjg.Id, "opened:2026-11", "zone:Z1:opened:2026-11",
                 })
            Assert.Contains(set, sets);
    }

    [Fact]
    public void A_finished_whistle_leaves_the_open_sets_and_one_never_opened_has_no_month()
    {
        var cancelled = Must(Open(), WhistleAction.Cancel, Staff, new(Reason: "已自行解决"));
        Assert.DoesNotContain(WhistleSets.Of(cancelled), s => s.EndsWith(":open", StringComparison.Ordinal) || s == "open");
        Assert.Contains("status:cancelled", WhistleSets.Of(cancelled));
        Assert.Contains("opened:2026-11", WhistleSets.Of(cancelled));

        var pending = Filed();
        Assert.Contains("township:T01:open", WhistleSets.Of(pending));
        Assert.DoesNotContain(WhistleSets.Of(pending), s => s.Contains("opened:"));
    }

    [Fact]
    public void The_month_is_the_China_month_the_whistle_opened()
    {
        var lateOnTheLastDay = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero); // 1 December, 01:00 China time
        Assert.Contains("opened:2026-12", WhistleSets.Of(Open(lateOnTheLastDay)));
    }

    [Fact]
    public void Each_viewer_reads_the_sets_of_its_own_scope()
    {
        var q = WhistleQuery.All;
        Assert.Equal(["zone:Z1"], WhistleSets.Driving(q, Dispatcher.Scope));
        Assert.Equal(["dept:scjg"], WhistleSets.Driving(q, ScjgDesk.Scope));
        Assert.Equal(["township:T01"], WhistleSets.Driving(q, Staff.Scope));
        Assert.Equal(["officer:" + OfficerOf("scjg").Id], WhistleSets.Driving(q, As(OfficerOf("scjg")).Scope));
        Assert.Equal(["all"], WhistleSets.Driving(q, Commander.Scope));
        Assert.Equal(["all"], WhistleSets.Driving(q, Auditor.Scope));
        Assert.Empty(WhistleSets.Driving(q, new Scope(Role.GridWorker, "grid", [], TownshipId: "T01")));
        Assert.Empty(WhistleSets.Driving(q, new Scope(Role.Admin, "admin", [])));
    }

    [Fact]
    public void Filters_and_open_statuses_narrow_the_sets_read()
    {
        var open = WhistleQuery.All with { Statuses = [WhistleStatus.PendingApproval, WhistleStatus.Open] };
        Assert.Equal(["zone:Z1:open"], WhistleSets.Driving(open, Dispatcher.Scope));
        Assert.Equal(["open"], WhistleSets.Driving(open, Commander.Scope));
        Assert.Equal(["status:rated"], WhistleSets.Driving(WhistleQuery.All with { Statuses = [WhistleStatus.Rated] }, Auditor.Scope));
        Assert.Equal(["all"], WhistleSets.Driving(WhistleQuery.All with { Statuses = [WhistleStatus.Rated, WhistleStatus.Closed] }, Commander.Scope));
        Assert.Equal(["township:T02"], WhistleSets.Driving(WhistleQuery.All with { TownshipId = "T02" }, Dispatcher.Scope));
        Assert.Equal(["dept:zhzf:open"], WhistleSets.Driving(open with { DepartmentId = "zhzf" }, Commander.Scope));
    }

    [Fact]
    public void Every_whistle_a_query_can_answer_is_in_the_sets_it_reads()
    {
        var scjg = OfficerOf("scjg");
        var whistles = new[]
        {
            Filed(),
            Open(),
            Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id])),
            Must(Open(), WhistleAction.Cancel, Staff, new(Reason: "已自行解决")),
        };
        var viewers = new[] { Commander, Auditor, Dispatcher, OtherZone, ScjgDesk, ZhzfDesk, Staff, OtherLeader, As(scjg), As(OfficerOf("scjg", nth: 1)) };
        var queries = new[]
        {
            WhistleQuery.All,
            WhistleQuery.All with { Statuses = [WhistleStatus.Open] },
            WhistleQuery.All with { Statuses = [WhistleStatus.PendingApproval, WhistleStatus.Open] },
            WhistleQuery.All with { Statuses = [WhistleStatus.Cancelled] },
            WhistleQuery.All with { TownshipId = "T01" },
            WhistleQuery.All with { DepartmentId = "zhzf", Statuses = [WhistleStatus.Open] },
        };
        foreach (var w in whistles)
        foreach (var viewer in viewers)
        foreach (var q in queries)
            if (q.Matches(w, viewer.Scope))
                Assert.True(WhistleSets.Driving(q, viewer.Scope).Intersect(WhistleSets.Of(w)).Any(),
                    $"{w.Status} whistle for {viewer.Scope.Username} with {string.Join(",", q.Statuses)} {q.TownshipId} {q.DepartmentId}");
    }

    [Fact]
    public void The_scorecard_reads_the_months_of_its_period_in_its_zones()
    {
        var today = new DateOnly(2026, 12, 7);
        var read = WhistleSets.ForScorecard(["Z1", "Z2"], new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 3), today);
        Assert.Equal(["zone:Z1:opened:2026-11", "zone:Z1:opened:2026-12", "zone:Z2:opened:2026-11", "zone:Z2:opened:2026-12"], read.Sets);
        // Nothing created after the period's last day (China time) was notified in it.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero), read.CreatedBefore);

        Assert.Equal(["opened:2026-11", "opened:2026-12", "opened:2027-01"], WhistleSets.ForScorecard(null, new DateOnly(2026, 11, 1), null, today).Sets);
        Assert.Null(WhistleSets.ForScorecard(null, new DateOnly(2026, 11, 1), null, today).CreatedBefore);
    }

    [Fact]
    public void A_scorecard_with_no_start_or_a_long_period_reads_the_zones_whole_lists()
    {
        var today = new DateOnly(2026, 12, 7);
        Assert.Equal(["all"], WhistleSets.ForScorecard(null, null, null, today).Sets);
        Assert.Equal(["zone:Z3"], WhistleSets.ForScorecard(["Z3"], null, new DateOnly(2026, 6, 30), today).Sets);
        Assert.Equal(["zone:Z1"], WhistleSets.ForScorecard(["Z1"], new DateOnly(2020, 1, 1), new DateOnly(2026, 6, 30), today).Sets);
        Assert.Empty(WhistleSets.ForScorecard([], null, null, today).Sets);
    }

    [Fact]
    public void The_scorecard_counts_the_same_from_its_sets_as_from_every_whistle()
    {
        var dec1 = new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero); // 1 December, China time
        // Filed on 30 November, approved (notified) on 1 December: counted in December, read from December's set.
        var approvedLate = Must(Filed(at: dec1.AddHours(-20)), WhistleAction.Approve, Leader, new(), dec1);
        var whistles = new[] { Open(T0), Open(dec1.AddDays(3)), approvedLate, Filed(at: dec1) };
        var departments = new[] { "scjg", "zhzf" };
        foreach (var (from, to) in new (DateOnly?, DateOnly?)[]
                 {
                     (null, null), (new(2026, 12, 1), null), (new(2026, 11, 1), new(2026, 11, 30)), (new(2026, 12, 1), new(2026, 12, 1)),
                     (null, new(2026, 11, 30)),
                 })
        {
            var read = WhistleSets.ForScorecard(["Z1"], from, to, new DateOnly(2026, 12, 7));
            var inSets = whistles.Where(w => WhistleSets.Of(w).Intersect(read.Sets).Any() && (read.CreatedBefore is not { } b || w.CreatedAt < b));
            Assert.Equal(DepartmentScorecard.Compute(whistles, departments, from, to), DepartmentScorecard.Compute(inSets, departments, from, to));
        }
    }
}
