namespace Dispatch.Domain.Incidents;

/// <summary>Urgent: public safety and the key enforcement list (重点执法清单); the wire names are camelCase.</summary>
public enum Priority
{
    Urgent,
    High,
    Normal,
    Low,
}
