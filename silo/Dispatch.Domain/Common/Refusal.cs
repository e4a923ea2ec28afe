namespace Dispatch.Domain.Common;

public sealed record Refusal(RefusalKind Kind, string Message);
