namespace Dispatch.Domain.Incidents;

/// <summary>What the intake did with a report: a new incident, or a further report of an open one nearby.</summary>
public sealed record IntakeResult(IncidentRecord Incident, bool Merged);
