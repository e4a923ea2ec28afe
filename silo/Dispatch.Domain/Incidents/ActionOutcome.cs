using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents;

/// <summary>The outcome of applying an action: the new record, or why nothing changed.</summary>
public sealed record ActionOutcome(IncidentRecord? Record, Refusal? Refusal)
{
    public static ActionOutcome Ok(IncidentRecord r) => new(r, null);
    public static ActionOutcome Refuse(RefusalKind kind, string message) => new(null, new Refusal(kind, message));
}
