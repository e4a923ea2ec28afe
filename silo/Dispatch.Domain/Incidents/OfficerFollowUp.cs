using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// What must happen to officers after an incident changed: the officer the work was taken from is released (and told
/// unless it declined itself), the officer it went to is offered it (moved to assigned first unless the dispatch did
/// that already), or the working officer takes the step that matches the new status. The grain carries it out.
/// </summary>
public sealed record OfficerFollowUp(
    string? Release,
    bool TellReleased,
    string? Offer,
    bool AssignBeforeOffer,
    string? StepOfficer,
    WorkStep? Step)
{
    public static readonly OfficerFollowUp Nothing = new(null, false, null, false, null, null);

    public static OfficerFollowUp After(IncidentRecord before, IncidentRecord after, IncidentAction action)
    {
        var previous = before.AssignedOfficerId;
        var current = after.AssignedOfficerId;
        var released = previous is not null && previous != current ? previous : null;
        var followUp = Nothing with { Release = released, TellReleased = released is not null && action != IncidentAction.Decline };
        if (current is null) return followUp;

        // New work for the officer: a dispatch, a rework, or a failed check sent back to the same officer.
        if (action is IncidentAction.Dispatch or IncidentAction.Rework || action == IncidentAction.Verify && after.Status == IncidentStatus.Dispatched)
            return followUp with { Offer = current, AssignBeforeOffer = action != IncidentAction.Dispatch };

        var step = after.Status switch
        {
            IncidentStatus.Acknowledged => WorkStep.Acknowledged,
            IncidentStatus.OnScene => WorkStep.Arrived,
            IncidentStatus.Handled => WorkStep.Finished,
            IncidentStatus.Parked or IncidentStatus.Rejected => WorkStep.Released,
            _ => (WorkStep?)null,
        };
        return step is null ? followUp : followUp with { StepOfficer = current, Step = step };
    }
}
