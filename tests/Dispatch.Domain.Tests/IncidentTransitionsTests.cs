using Dispatch.Domain.Access;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

public class IncidentTransitionsTests
{
    // The whole table, written out once more by hand: any change to the rules must change this test too.
    static readonly (IncidentStatus From, IncidentAction Action, IncidentStatus To)[] Expected =
    [
        (IncidentStatus.Reported, IncidentAction.Register, IncidentStatus.Registered),
        (IncidentStatus.Reported, IncidentAction.Reject, IncidentStatus.Rejected),
        (IncidentStatus.Reported, IncidentAction.Park, IncidentStatus.Parked),
        (IncidentStatus.Registered, IncidentAction.Dispatch, IncidentStatus.Dispatched),
        (IncidentStatus.Registered, IncidentAction.Reject, IncidentStatus.Rejected),
        (IncidentStatus.Registered, IncidentAction.Park, IncidentStatus.Parked),
        (IncidentStatus.Dispatched, IncidentAction.Acknowledge, IncidentStatus.Acknowledged),
        (IncidentStatus.Dispatched, IncidentAction.Decline, IncidentStatus.Registered),
        (IncidentStatus.Dispatched, IncidentAction.Dispatch, IncidentStatus.Dispatched),
        (IncidentStatus.Dispatched, IncidentAction.SendBack, IncidentStatus.Registered),
        (IncidentStatus.Dispatched, IncidentAction.Extend, IncidentStatus.Dispatched),
        (IncidentStatus.Dispatched, IncidentAction.Park, IncidentStatus.Parked),
        (IncidentStatus.Acknowledged, IncidentAction.Arrive, IncidentStatus.OnScene),
        (IncidentStatus.Acknowledged, IncidentAction.Dispatch, IncidentStatus.Dispatched),
        (IncidentStatus.Acknowledged, IncidentAction.SendBack, IncidentStatus.Registered),
        (IncidentStatus.Acknowledged, IncidentAction.Extend, IncidentStatus.Acknowledged),
        (IncidentStatus.Acknowledged, IncidentAction.Park, IncidentStatus.Parked),
        (IncidentStatus.OnScene, IncidentAction.Handle, IncidentStatus.Handled),
        (IncidentStatus.OnScene, IncidentAction.Dispatch, IncidentStatus.Dispatched),
        (IncidentStatus.OnScene, IncidentAction.Extend, IncidentStatus.OnScene),
        (IncidentStatus.OnScene, IncidentAction.Park, IncidentStatus.Parked),
        (IncidentStatus.Handled, IncidentAction.Verify, IncidentStatus.Verified),
        (IncidentStatus.Handled, IncidentAction.Rework, IncidentStatus.Dispatched),
        (IncidentStatus.Verified, IncidentAction.Close, IncidentStatus.Closed),
        (IncidentStatus.Verified, IncidentAction.Rework, IncidentStatus.Dispatched),
        (IncidentStatus.Closed, IncidentAction.Evaluate, IncidentStatus.Evaluated),
        (IncidentStatus.Closed, IncidentAction.Rework, IncidentStatus.Dispatched),
        (IncidentStatus.Parked, IncidentAction.Register, IncidentStatus.Registered),
    ];

    public static TheoryData<IncidentStatus, IncidentAction> EveryPair()
    {
        var data = new TheoryData<IncidentStatus, IncidentAction>();
        foreach (var s in Enum.GetValues<IncidentStatus>())
        foreach (var a in Enum.GetValues<IncidentAction>())
            data.Add(s, a);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_status_and_action_pair_is_allowed_exactly_when_the_table_says(IncidentStatus from, IncidentAction action)
    {
        var expected = Expected.Where(e => e.From == from && e.Action == action).Select(e => (IncidentStatus?)e.To).SingleOrDefault();
        Assert.Equal(expected, IncidentTransitions.Find(from, action)?.To);
    }

    [Theory]
    [InlineData(IncidentStatus.Rejected)]
    [InlineData(IncidentStatus.Evaluated)]
    public void Final_states_allow_nothing(IncidentStatus final) =>
        Assert.Empty(IncidentTransitions.Available(final));

    [Fact]
    public void The_main_line_runs_from_report_to_evaluation()
    {
        var status = IncidentStatus.Reported;
        foreach (var action in new[] { IncidentAction.Register, IncidentAction.Dispatch, IncidentAction.Acknowledge, IncidentAction.Arrive,
                     IncidentAction.Handle, IncidentAction.Verify, IncidentAction.Close, IncidentAction.Evaluate })
            status = IncidentTransitions.Find(status, action)!.To;
        Assert.Equal(IncidentStatus.Evaluated, status);
    }

    [Fact]
    public void Only_the_assigned_officer_acknowledges_arrives_handles_or_declines()
    {
        foreach (var a in new[] { IncidentAction.Acknowledge, IncidentAction.Arrive, IncidentAction.Handle, IncidentAction.Decline })
        {
            var rule = IncidentTransitions.Table.Single(r => r.Action == a);
            Assert.True(rule.AssignedOfficerOnly);
            Assert.Equal([Role.Officer], rule.Roles);
        }
    }

    [Fact]
    public void The_auditor_and_enterprises_can_change_nothing() =>
        Assert.DoesNotContain(IncidentTransitions.Table, r => r.Roles.Contains(Role.Auditor) || r.Roles.Contains(Role.Enterprise));

    [Fact]
    public void Open_means_not_rejected_closed_or_evaluated()
    {
        Assert.True(IncidentStatus.Parked.IsOpen());
        Assert.True(IncidentStatus.Handled.IsOpen());
        Assert.False(IncidentStatus.Closed.IsOpen());
        Assert.False(IncidentStatus.Rejected.IsOpen());
    }
}
