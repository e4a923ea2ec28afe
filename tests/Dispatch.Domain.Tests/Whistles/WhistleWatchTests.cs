using Dispatch.Domain.Whistles;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Whistles;

/// <summary>Time limits on a clock the test moves: overdue and reminded at the limit, escalated later, each once per stage.</summary>
public class WhistleWatchTests
{
    static readonly WhistleTimeLimit Limit = Settings.Urgent;

    [Fact]
    public void Nothing_is_due_before_a_limit_or_before_approval()
    {
        Assert.Empty(WhistleWatch.Due(Filed(), T0.AddDays(3), Settings));
        Assert.Empty(WhistleWatch.Due(Open(), T0.AddMinutes(Limit.ReportMinutes), Settings));
    }

    [Fact]
    public void A_department_that_has_not_reported_is_reminded_at_the_limit_and_escalated_later_once_each()
    {
        var open = Open();
        var late = T0.AddMinutes(Limit.ReportMinutes).AddSeconds(1);
        var due = WhistleWatch.Due(open, late, Settings);
        Assert.Equal([("scjg", WhistleStage.Report, LapseLevel.Remind), ("zhzf", WhistleStage.Report, LapseLevel.Remind)],
            due.Select(l => (l.DepartmentId, l.Stage, l.Level)));

        var reminded = WhistleWatch.Record(open, due, late);
        Assert.All(reminded.Departments, p => Assert.Equal(PartStatus.Overdue, p.Status));
        Assert.Equal(["remind", "remind"], reminded.Timeline.Skip(2).Select(e => e.Action));
        Assert.Equal("system", reminded.Timeline[^1].Role);
        Assert.Empty(WhistleWatch.Due(reminded, late.AddMinutes(1), Settings)); // taken once

        var escalatedAt = T0.AddMinutes(Limit.ReportMinutes + Limit.EscalateAfterMinutes).AddSeconds(1);
        var escalation = WhistleWatch.Due(reminded, escalatedAt, Settings);
        Assert.Equal([LapseLevel.Escalate, LapseLevel.Escalate], escalation.Select(l => l.Level));
        var escalated = WhistleWatch.Record(reminded, escalation, escalatedAt);
        Assert.All(escalated.Departments, p => Assert.True(p.Escalated));
        Assert.Empty(WhistleWatch.Due(escalated, escalatedAt.AddHours(1), Settings));
    }

    [Fact]
    public void Reporting_late_keeps_the_lateness_counted_and_the_arrival_limit_runs_on()
    {
        var scjg = OfficerOf("scjg");
        var late = T0.AddMinutes(Limit.ReportMinutes + 5);
        var reminded = WhistleWatch.Record(Open(), WhistleWatch.Due(Open(), late, Settings), late);
        var reported = Must(reminded, WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), late);
        var part = reported.Part("scjg")!;
        Assert.Equal(PartStatus.Assigned, part.Status);     // no longer overdue: the arrival limit has not passed
        Assert.False(part.ReportedOnTime);                  // but it counts against the department
        Assert.Equal(part.ArriveDeadline, part.Deadline);

        var noShow = T0.AddMinutes(Limit.ArriveMinutes).AddSeconds(1);
        var due = WhistleWatch.Due(reported, noShow, Settings).Where(l => l.DepartmentId == "scjg").ToList();
        Assert.Equal([(WhistleStage.Arrive, LapseLevel.Remind)], due.Select(l => (l.Stage, l.Level)));
        Assert.Equal(PartStatus.Overdue, WhistleWatch.Record(reported, due, noShow).Part("scjg")!.Status);
    }

    [Fact]
    public void Assigning_after_the_arrival_limit_has_passed_shows_the_part_overdue_at_once()
    {
        var scjg = OfficerOf("scjg");
        var veryLate = T0.AddMinutes(Limit.ArriveMinutes + 1);
        var reported = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), veryLate);
        Assert.Equal(PartStatus.Overdue, reported.Part("scjg")!.Status);
    }

    [Fact]
    public void A_closed_or_arrived_part_is_never_chased()
    {
        var scjg = OfficerOf("scjg");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), T0.AddMinutes(1));
        w = Must(w, WhistleAction.Arrive, As(scjg), new(), T0.AddMinutes(10));
        Assert.DoesNotContain(WhistleWatch.Due(w, T0.AddDays(1), Settings), l => l.DepartmentId == "scjg");
        var cancelled = Must(w, WhistleAction.Cancel, Staff, new());
        Assert.Empty(WhistleWatch.Due(cancelled, T0.AddDays(1), Settings));
    }
}
