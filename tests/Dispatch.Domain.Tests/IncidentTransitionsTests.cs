using Dispatch.Domain.Access;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

public class IncidentTransitionsTests
{
    // The whole table, written out once more by hand: any change to the rules must change this test too.
    static readonly (IncidentStatus From, IncidentAction Action, TransitionCheck Check, IncidentStatus To)[] Expected =
    [
        (IncidentStatus.Reported, IncidentAction.Register, TransitionCheck.None, IncidentStatus.Registered),
        (IncidentStatus.Reported, IncidentAction.Reject, TransitionCheck.None, IncidentStatus.Rejected),
        (IncidentStatus.Reported, IncidentAction.Park, TransitionCheck.None, IncidentStatus.Parked),
        (IncidentStatus.Registered, IncidentAction.Dispatch, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Registered, IncidentAction.Reject, TransitionCheck.None, IncidentStatus.Rejected),
        (IncidentStatus.Registered, IncidentAction.Park, TransitionCheck.None, IncidentStatus.Parked),
        (IncidentStatus.Dispatched, IncidentAction.Acknowledge, TransitionCheck.None, IncidentStatus.Acknowledged),
        (IncidentStatus.Dispatched, IncidentAction.Decline, TransitionCheck.None, IncidentStatus.Registered),
        (IncidentStatus.Dispatched, IncidentAction.Dispatch, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Dispatched, IncidentAction.SendBack, TransitionCheck.None, IncidentStatus.Registered),
        (IncidentStatus.Dispatched, IncidentAction.Extend, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Dispatched, IncidentAction.Park, TransitionCheck.None, IncidentStatus.Parked),
        (IncidentStatus.Acknowledged, IncidentAction.Arrive, TransitionCheck.None, IncidentStatus.OnScene),
        (IncidentStatus.Acknowledged, IncidentAction.Dispatch, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Acknowledged, IncidentAction.SendBack, TransitionCheck.None, IncidentStatus.Registered),
        (IncidentStatus.Acknowledged, IncidentAction.Extend, TransitionCheck.None, IncidentStatus.Acknowledged),
        (IncidentStatus.Acknowledged, IncidentAction.Park, TransitionCheck.None, IncidentStatus.Parked),
        (IncidentStatus.OnScene, IncidentAction.Handle, TransitionCheck.None, IncidentStatus.Handled),
        (IncidentStatus.OnScene, IncidentAction.Dispatch, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.OnScene, IncidentAction.Extend, TransitionCheck.None, IncidentStatus.OnScene),
        (IncidentStatus.OnScene, IncidentAction.Park, TransitionCheck.None, IncidentStatus.Parked),
        (IncidentStatus.Handled, IncidentAction.Verify, TransitionCheck.Passed, IncidentStatus.Verified),
        (IncidentStatus.Handled, IncidentAction.Verify, TransitionCheck.Failed, IncidentStatus.Dispatched),
        (IncidentStatus.Handled, IncidentAction.Rework, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Verified, IncidentAction.Close, TransitionCheck.None, IncidentStatus.Closed),
        (IncidentStatus.Verified, IncidentAction.Rework, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Closed, IncidentAction.Evaluate, TransitionCheck.None, IncidentStatus.Evaluated),
        (IncidentStatus.Closed, IncidentAction.Rework, TransitionCheck.None, IncidentStatus.Dispatched),
        (IncidentStatus.Parked, IncidentAction.Register, TransitionCheck.None, IncidentStatus.Registered),
    ];

    public static TheoryData<IncidentStatus, IncidentAction, TransitionCheck> EveryCombination()
    {
        var data = new TheoryData<IncidentStatus, IncidentAction, TransitionCheck>();
        foreach (var s in Enum.GetValues<IncidentStatus>())
        foreach (var a in Enum.GetValues<IncidentAction>())
        foreach (var c in Enum.GetValues<TransitionCheck>())
            data.Add(s, a, c);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Every_status_action_and_check_outcome_leads_exactly_where_the_table_says(IncidentStatus from, IncidentAction action, TransitionCheck check)
    {
        var expected = Expected.Where(e => e.From == from && e.Action == action && e.Check == check).Select(e => (IncidentStatus?)e.To).SingleOrDefault();
        Assert.Equal(expected, IncidentTransitions.Find(from, action, check)?.To);
    }

    [Theory]
    [InlineData(true, TransitionCheck.Passed)]
    [InlineData(false, TransitionCheck.Failed)]
    public void Only_a_verification_has_a_check_and_not_accepted_means_failed(bool accepted, TransitionCheck check)
    {
        Assert.Equal(check, IncidentTransitions.CheckOf(IncidentAction.Verify, accepted));
        Assert.Equal(TransitionCheck.None, IncidentTransitions.CheckOf(IncidentAction.Close, accepted));
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
            status = IncidentTransitions.Find(status, action, IncidentTransitions.CheckOf(action, accepted: true))!.To;
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
