using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Domain.Whistles;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Whistles;

/// <summary>The whistle's course: who may take each step, in which state, with what input; a refusal changes nothing.</summary>
public class WhistleRulesTests
{
    [Fact]
    public void A_whistle_awaits_its_township_leader_and_opening_starts_every_departments_clock()
    {
        var filed = Filed();
        Assert.Equal(WhistleStatus.PendingApproval, filed.Status);
        Assert.All(filed.Departments, p => Assert.Null(p.Deadline));

        Refused(filed, WhistleAction.Approve, Staff, new(), RefusalKind.Forbidden);       // staff, not the leader
        Refused(filed, WhistleAction.Approve, OtherLeader, new(), RefusalKind.Forbidden); // another township's leader
        Refused(filed, WhistleAction.Approve, Commander, new(), RefusalKind.Forbidden);

        var open = Must(filed, WhistleAction.Approve, Leader, new(), T0.AddMinutes(3));
        Assert.Equal(WhistleStatus.Open, open.Status);
        Assert.All(open.Departments, p =>
        {
            Assert.Equal(PartStatus.Notified, p.Status);
            Assert.Equal(T0.AddMinutes(3 + Settings.Urgent.ReportMinutes), p.Deadline);
            Assert.Equal(T0.AddMinutes(3 + Settings.Urgent.ArriveMinutes), p.ArriveDeadline);
        });
        Assert.Equal(["create", "approve"], open.Timeline.Select(e => e.Action));
        Refused(open, WhistleAction.Approve, Leader, new(), RefusalKind.Conflict);
    }

    [Fact]
    public void The_county_setting_lets_an_emergency_skip_approval_and_nothing_else()
    {
        var emergency = Filed("emergency");
        Assert.Equal(WhistleStatus.Open, emergency.Status);
        Assert.True(emergency.Timeline[0].Data!.ApprovalWaived);
        Assert.Equal("system", emergency.Timeline[1].Role);
        Assert.Equal(T0.AddMinutes(Settings.Emergency.ArriveMinutes), emergency.Departments[0].ArriveDeadline);
        Assert.Equal(30, Settings.Emergency.ArriveMinutes); // the original Beijing practice: on scene within 30 minutes
        Assert.Equal(WhistleStatus.PendingApproval, Filed("normal").Status);
    }

    [Fact]
    public void Rejecting_needs_a_reason_and_ends_the_whistle()
    {
        var filed = Filed();
        Refused(filed, WhistleAction.Reject, Leader, new(), RefusalKind.Invalid);
        var rejected = Must(filed, WhistleAction.Reject, Leader, new(Reason: "属本乡镇职责，无需吹哨"));
        Assert.Equal(WhistleStatus.Rejected, rejected.Status);
        Assert.Equal("属本乡镇职责，无需吹哨", rejected.Timeline[^1].Reason);
        Refused(rejected, WhistleAction.Cancel, Staff, new(), RefusalKind.Conflict);
    }

    [Fact]
    public void A_desk_reports_for_its_own_department_with_its_own_officers_only()
    {
        var open = Open();
        var scjg = OfficerOf("scjg");
        var zhzf = OfficerOf("zhzf");

        Refused(open, WhistleAction.Assign, ScjgDesk, new("zhzf", [zhzf.Id]), RefusalKind.Forbidden);   // another department's part
        Refused(open, WhistleAction.Assign, ScjgDesk, new("scjg", [zhzf.Id]), RefusalKind.Invalid);     // another department's officer
        Refused(open, WhistleAction.Assign, ScjgDesk, new("scjg", ["O9999"]), RefusalKind.Invalid);     // unknown officer
        Refused(open, WhistleAction.Assign, ScjgDesk, new("scjg", []), RefusalKind.Invalid);
        Refused(open, WhistleAction.Assign, ScjgDesk, new("scjg", [null!]), RefusalKind.Invalid);                 // a null entry on the wire
        Refused(open, WhistleAction.Assign, ScjgDesk, new("scjg", [new string('x', 100_000)]), RefusalKind.Invalid);
        Refused(open, WhistleAction.Assign, ScjgDesk, new("sthj", [scjg.Id]), RefusalKind.Invalid);     // a department not summoned
        Refused(open, WhistleAction.Assign, Staff, new("scjg", [scjg.Id]), RefusalKind.Forbidden);
        Refused(open, WhistleAction.Assign, Auditor, new("scjg", [scjg.Id]), RefusalKind.Forbidden);
        Refused(Filed(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), RefusalKind.Conflict); // not approved yet

        var outcome = Apply(open, WhistleAction.Assign, ScjgDesk, new(OfficerIds: [scjg.Id]), T0.AddMinutes(4)); // a desk's own part by default
        var part = outcome.Record!.Part("scjg")!;
        Assert.Equal(PartStatus.Assigned, part.Status);
        Assert.Equal(T0.AddMinutes(4), part.ReportedAt);
        Assert.Equal(part.ArriveDeadline, part.Deadline); // the next limit is arrival
        Assert.Equal([new OfficerMove(scjg.Id, WorkStep.Assigned)], outcome.Moves);
        Refused(outcome.Record, WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), RefusalKind.Conflict); // already sent
    }

    [Fact]
    public void The_zone_centre_steps_in_only_with_officers_it_commands()
    {
        var open = Open();
        var zhzf = OfficerOf("zhzf");
        var zhzfOfZ3 = OfficerOf("zhzf", "T09");
        Refused(open, WhistleAction.Assign, Dispatcher, new("zhzf", [zhzfOfZ3.Id]), RefusalKind.Invalid);
        Refused(open, WhistleAction.Assign, OtherZone, new("zhzf", [zhzf.Id]), RefusalKind.Forbidden);
        Assert.Equal(PartStatus.Assigned, Must(open, WhistleAction.Assign, Dispatcher, new("zhzf", [zhzf.Id])).Part("zhzf")!.Status);
        Assert.Equal(PartStatus.Assigned, Must(open, WhistleAction.Assign, Commander, new("zhzf", [zhzfOfZ3.Id])).Part("zhzf")!.Status);
    }

    [Fact]
    public void Only_an_officer_sent_acknowledges_and_arrives_each_once_for_itself()
    {
        var scjg = OfficerOf("scjg");
        var other = OfficerOf("scjg", nth: 1);
        var sent = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));

        Refused(sent, WhistleAction.Acknowledge, As(other), new(), RefusalKind.Forbidden);
        Refused(sent, WhistleAction.Acknowledge, ScjgDesk, new(), RefusalKind.Forbidden);
        var acknowledged = Apply(sent, WhistleAction.Acknowledge, As(scjg), new());
        Assert.Equal(PartStatus.Acknowledged, acknowledged.Record!.Part("scjg")!.Status);
        Assert.Equal([new OfficerMove(scjg.Id, WorkStep.Acknowledged)], acknowledged.Moves);
        Refused(acknowledged.Record, WhistleAction.Acknowledge, As(scjg), new(), RefusalKind.Conflict);

        var arrived = Must(acknowledged.Record, WhistleAction.Arrive, As(scjg), new(), T0.AddMinutes(20));
        var part = arrived.Part("scjg")!;
        Assert.Equal(PartStatus.Arrived, part.Status);
        Assert.Equal(T0.AddMinutes(20), part.ArrivedAt);
        Assert.Null(part.Deadline);
        Refused(arrived, WhistleAction.Arrive, As(scjg), new(), RefusalKind.Conflict);
    }

    [Fact]
    public void A_part_is_handled_with_a_result_by_its_desk_or_an_officer_sent_and_its_officers_are_released()
    {
        var scjg = OfficerOf("scjg");
        var open = Open();
        Refused(open, WhistleAction.Handle, ScjgDesk, new("scjg", Result: "已处置"), RefusalKind.Conflict); // nobody reported yet
        var sent = Must(open, WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        Refused(sent, WhistleAction.Handle, ScjgDesk, new("scjg"), RefusalKind.Invalid);                  // no result
        Refused(sent, WhistleAction.Handle, ZhzfDesk, new("scjg", Result: "已处置"), RefusalKind.Forbidden);
        Refused(sent, WhistleAction.Handle, Staff, new("scjg", Result: "已处置"), RefusalKind.Forbidden);

        var byOfficer = Apply(sent, WhistleAction.Handle, As(scjg), new(Result: "已责令整改"));
        Assert.Equal(PartStatus.Handled, byOfficer.Record!.Part("scjg")!.Status);
        Assert.Equal("已责令整改", byOfficer.Record.Part("scjg")!.Result);
        Assert.Equal([new OfficerMove(scjg.Id, WorkStep.Finished)], byOfficer.Moves);
        Refused(byOfficer.Record, WhistleAction.Handle, ScjgDesk, new("scjg", Result: "再次"), RefusalKind.Conflict);
    }

    [Fact]
    public void The_township_closes_only_when_every_part_is_handled_then_rates_every_department_once()
    {
        var scjg = OfficerOf("scjg");
        var zhzf = OfficerOf("zhzf");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        w = Must(w, WhistleAction.Assign, ZhzfDesk, new("zhzf", [zhzf.Id]));
        w = Must(w, WhistleAction.Handle, ScjgDesk, new("scjg", Result: "已处置"));
        Refused(w, WhistleAction.Close, Staff, new(), RefusalKind.Conflict); // 事不完，人不走
        w = Must(w, WhistleAction.Handle, ZhzfDesk, new("zhzf", Result: "已拆除"));
        Refused(w, WhistleAction.Close, ScjgDesk, new(), RefusalKind.Forbidden);
        Refused(w, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, 5, 5), new("zhzf", 4, 4, 4)]), RefusalKind.Conflict); // not closed
        var closed = Must(w, WhistleAction.Close, Staff, new());
        Assert.Equal(WhistleStatus.Closed, closed.Status);

        Refused(closed, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, 5, 5)]), RefusalKind.Invalid);                      // one missing
        Refused(closed, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, 5, 5), new("scjg", 4, 4, 4)]), RefusalKind.Invalid); // twice
        Refused(closed, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 6, 5, 5), new("zhzf", 4, 4, 4)]), RefusalKind.Invalid); // out of range
        Refused(closed, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, null, 5), new("zhzf", 4, 4, 4)]), RefusalKind.Invalid);
        var rated = Must(closed, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, 4, 3), new("zhzf", 4, 4, 4)]));
        Assert.Equal(WhistleStatus.Rated, rated.Status);
        Assert.Equal(new DepartmentRating(5, 4, 3), rated.Part("scjg")!.Rating);
        Refused(rated, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", 5, 4, 3), new("zhzf", 4, 4, 4)]), RefusalKind.Conflict);
    }

    [Fact]
    public void Cancelling_releases_every_officer_still_at_work()
    {
        var scjg = OfficerOf("scjg");
        var zhzf = OfficerOf("zhzf");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        w = Must(w, WhistleAction.Assign, ZhzfDesk, new("zhzf", [zhzf.Id]));
        w = Must(w, WhistleAction.Handle, ZhzfDesk, new("zhzf", Result: "已处置")); // zhzf's officer is already free
        Refused(w, WhistleAction.Cancel, ScjgDesk, new(), RefusalKind.Forbidden);
        var cancelled = Apply(w, WhistleAction.Cancel, Staff, new(Reason: "当事人已自行整改"));
        Assert.Equal(WhistleStatus.Cancelled, cancelled.Record!.Status);
        Assert.Equal([new OfficerMove(scjg.Id, WorkStep.Released)], cancelled.Moves);
    }

    [Fact]
    public void Every_step_is_on_the_timeline_with_who_took_it()
    {
        var scjg = OfficerOf("scjg");
        var w = Must(Open(), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]));
        w = Must(w, WhistleAction.Arrive, As(scjg), new());
        Assert.Equal(["create", "approve", "assign", "arrive"], w.Timeline.Select(e => e.Action));
        Assert.Equal(["township", "leader", "desk", scjg.Code], w.Timeline.Select(e => e.Username));
        Assert.Equal([scjg.Id], w.Timeline[2].Data!.OfficerIds);
        Assert.Equal("scjg", w.Timeline[3].Data!.DepartmentId);
    }
}
