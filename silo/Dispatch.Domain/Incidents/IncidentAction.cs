namespace Dispatch.Domain.Incidents;

/// <summary>Every transition, by its public name (POST /api/incidents/{id}/actions/{action}).</summary>
public enum IncidentAction
{
    Register,
    Reject,
    Dispatch,
    Acknowledge,
    Decline,
    Arrive,
    Handle,
    Verify,
    Close,
    Evaluate,
    SendBack,
    Extend,
    Park,
    Rework,
}
