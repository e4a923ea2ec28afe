using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>The outcome of a whistle action: the new record and the officers it moves, or why nothing changed.</summary>
public sealed record WhistleOutcome(WhistleRecord? Record, Refusal? Refusal, IReadOnlyList<OfficerMove> Moves)
{
    public static WhistleOutcome Ok(WhistleRecord r, IReadOnlyList<OfficerMove>? moves = null) => new(r, null, moves ?? []);
    public static WhistleOutcome Refuse(RefusalKind kind, string message) => new(null, new Refusal(kind, message), []);
}
