namespace Dispatch.Domain.Incidents;

/// <summary>
/// When the system dispatches by itself: urgent incidents the county's intake policy (or a command centre's
/// registration) made eligible, while the county has auto-dispatch on. It starts when such an incident becomes
/// registered, and moves an offer on when the officer let the acknowledgement deadline pass (that officer is skipped).
/// </summary>
public static class AutoDispatchPolicy
{
    public static bool Applies(IncidentRecord r, IncidentSettings county) =>
        r.Priority == Priority.Urgent && r.AutoDispatchAllowed && county.AutoDispatchUrgent;

    /// <summary>Just became registered (created urgent, registered, declined, sent back): look for an officer.</summary>
    public static bool StartsAfter(IncidentRecord? before, IncidentRecord after, IncidentSettings county) =>
        Applies(after, county) && (before is null || before.Status != after.Status)
        && after.Status is IncidentStatus.Registered or IncidentStatus.Reported;

    /// <summary>The acknowledgement deadline just passed with the offer still unanswered: offer the next candidate.</summary>
    public static bool ReoffersAfter(IReadOnlyList<Escalation> steps, IncidentRecord after, IncidentSettings county) =>
        Applies(after, county) && after.Status == IncidentStatus.Dispatched
        && steps.Any(s => s is { Kind: DeadlineKind.Acknowledge, Level: EscalationLevel.Zone });
}
