namespace Dispatch.Domain.Incidents;

/// <summary>Escalation steps for a missed deadline: a reminder before it, then the zone centre, then the county.</summary>
public enum EscalationLevel
{
    Reminder,
    Zone,
    County,
}
