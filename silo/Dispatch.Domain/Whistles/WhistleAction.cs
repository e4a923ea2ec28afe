namespace Dispatch.Domain.Whistles;

/// <summary>The actions of POST /api/whistles/{id}/actions/{action}; wire names are camelCase.</summary>
public enum WhistleAction
{
    Approve,
    Reject,
    Cancel,
    Assign,
    Acknowledge,
    Arrive,
    Handle,
    Close,
    Rate,
}
