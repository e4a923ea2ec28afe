namespace Dispatch.Domain.Incidents;

/// <summary>Where an incident came from (DOMAIN.md §2).</summary>
public enum IncidentSource
{
    Grid,
    Hotline,
    Whistle,
    Patrol,
    Sensor,
    Assigned,
}
