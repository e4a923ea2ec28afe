namespace Dispatch.Domain.Incidents;

public sealed record Refusal(RefusalKind Kind, string Message);
