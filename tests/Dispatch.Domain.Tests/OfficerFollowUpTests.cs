using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Tests;

/// <summary>What happens to officers after a transition, as a value the grain carries out.</summary>
public class OfficerFollowUpTests
{
    static IncidentRecord At(IncidentStatus status, string? officer) => new()
    {
        Id = "Z1-20261130-0009", Status = status, Category = "littering", Description = "x", Location = new GeoPoint(28.4, 119.9),
        ZoneId = "Z1", DepartmentId = "zhzf", ReportedBy = "grid", AssignedOfficerId = officer,
    };

    [Fact]
    public void A_redispatch_releases_and_tells_the_old_officer_and_offers_the_new_one()
    {
        var plan = OfficerFollowUp.After(At(IncidentStatus.Acknowledged, "O1"), At(IncidentStatus.Dispatched, "O2"), IncidentAction.Dispatch);
        Assert.Equal(new OfficerFollowUp("O1", true, "O2", false, null, null), plan);
    }

    [Fact]
    public void A_decline_releases_the_officer_without_telling_it()
    {
        var plan = OfficerFollowUp.After(At(IncidentStatus.Dispatched, "O1"), At(IncidentStatus.Registered, null), IncidentAction.Decline);
        Assert.Equal(new OfficerFollowUp("O1", false, null, false, null, null), plan);
    }

    [Theory]
    [InlineData(IncidentStatus.Acknowledged, IncidentAction.Acknowledge, WorkStep.Acknowledged)]
    [InlineData(IncidentStatus.OnScene, IncidentAction.Arrive, WorkStep.Arrived)]
    [InlineData(IncidentStatus.Handled, IncidentAction.Handle, WorkStep.Finished)]
    [InlineData(IncidentStatus.Parked, IncidentAction.Park, WorkStep.Released)]
    public void The_working_officer_takes_the_step_of_the_new_status(IncidentStatus to, IncidentAction action, WorkStep step)
    {
        var plan = OfficerFollowUp.After(At(IncidentStatus.Dispatched, "O1"), At(to, "O1"), action);
        Assert.Equal(("O1", (WorkStep?)step), (plan.StepOfficer, plan.Step));
        Assert.Null(plan.Offer);
    }

    [Fact]
    public void A_failed_check_or_a_rework_offers_the_same_officer_again_after_assigning_it()
    {
        var failed = OfficerFollowUp.After(At(IncidentStatus.Handled, "O1"), At(IncidentStatus.Dispatched, "O1"), IncidentAction.Verify);
        var rework = OfficerFollowUp.After(At(IncidentStatus.Closed, "O1"), At(IncidentStatus.Dispatched, "O1"), IncidentAction.Rework);
        Assert.All([failed, rework], p => Assert.Equal(new OfficerFollowUp(null, false, "O1", true, null, null), p));
    }

    [Fact]
    public void Auto_dispatch_applies_to_eligible_urgent_work_and_reoffers_only_after_a_lapsed_acknowledgement()
    {
        var county = new IncidentSettings();
        var urgent = At(IncidentStatus.Dispatched, "O1") with { Priority = Priority.Urgent };
        Assert.True(AutoDispatchPolicy.Applies(urgent, county));
        Assert.False(AutoDispatchPolicy.Applies(urgent with { AutoDispatchAllowed = false }, county));
        Assert.False(AutoDispatchPolicy.Applies(urgent, county with { AutoDispatchUrgent = false }));
        var lapsed = new[] { new Escalation(DeadlineKind.Acknowledge, EscalationLevel.Zone, DateTimeOffset.UtcNow) };
        var reminded = new[] { new Escalation(DeadlineKind.Acknowledge, EscalationLevel.Reminder, DateTimeOffset.UtcNow) };
        Assert.True(AutoDispatchPolicy.ReoffersAfter(lapsed, urgent, county));
        Assert.False(AutoDispatchPolicy.ReoffersAfter(reminded, urgent, county));
    }
}
