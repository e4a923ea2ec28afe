namespace Dispatch.Domain.Incidents;

public sealed record Escalation(DeadlineKind Kind, EscalationLevel Level, DateTimeOffset At);
