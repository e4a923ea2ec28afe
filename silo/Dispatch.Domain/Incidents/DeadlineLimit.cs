namespace Dispatch.Domain.Incidents;

public sealed record DeadlineLimit(DeadlineKind Kind, int Amount, DeadlineUnit Unit);
