using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>What an action carries: each action reads the fields it needs and ignores the rest.</summary>
public sealed record ActionInput(
    string? OfficerId = null,
    string? Reason = null,
    string? Result = null,
    bool? Accepted = null,
    string? Comment = null,
    int? Score = null,
    int? Minutes = null,
    IReadOnlyList<string>? EvidenceIds = null,
    GeoPoint? Where = null,
    Priority? Priority = null);

/// <summary>
/// Reference data an action needs, looked up by the grain: the officer named by a dispatch (null when unknown), and the
/// category and county settings (a register that sets the priority recomputes the deadlines).
/// </summary>
public sealed record ActionContext(
    County.OfficerProfile? Officer = null,
    IncidentCategory? Category = null,
    IncidentSettings? Settings = null);

public enum RefusalKind
{
    /// <summary>The input is malformed or incomplete (400).</summary>
    Invalid,
    /// <summary>The caller's role or relation to the incident does not allow it (403).</summary>
    Forbidden,
    /// <summary>The incident's current state does not allow it (409).</summary>
    Conflict,
}

public sealed record Refusal(RefusalKind Kind, string Message);

/// <summary>The outcome of applying an action: the new record, or why nothing changed.</summary>
public sealed record ActionOutcome(IncidentRecord? Record, Refusal? Refusal)
{
    public static ActionOutcome Ok(IncidentRecord r) => new(r, null);
    public static ActionOutcome Refuse(RefusalKind kind, string message) => new(null, new Refusal(kind, message));
}
