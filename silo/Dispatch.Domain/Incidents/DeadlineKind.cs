namespace Dispatch.Domain.Incidents;

/// <summary>What must happen by the deadline.</summary>
public enum DeadlineKind
{
    Acknowledge,
    Arrive,
    Handle,
}
