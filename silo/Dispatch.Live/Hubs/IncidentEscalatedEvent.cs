namespace Dispatch.Live;

public sealed record IncidentEscalatedEvent(string Id, Dispatch.Domain.Incidents.EscalationLevel Level, Dispatch.Domain.Incidents.DeadlineKind DeadlineKind, DateTimeOffset? Due);
