namespace Dispatch.Domain.Incidents;

/// <summary>
/// The values a timeline entry records, typed: each action fills the fields it has and leaves the rest null, so the
/// console can show every one of them (minutes of an extension, the verification result, the score, the deadline kind).
/// </summary>
public sealed record TimelineData
{
    /// <summary>dispatch: the officer offered the work; autoDispatchWaiting: none.</summary>
    public string? OfficerId { get; init; }
    /// <summary>dispatch: the officer the work was taken from.</summary>
    public string? Replaces { get; init; }
    /// <summary>dispatch: an officer of another department than the responsible one, on the dispatcher's reason.</summary>
    public bool? OutsideDepartment { get; init; }
    /// <summary>handle: what was done.</summary>
    public string? Result { get; init; }
    /// <summary>handle: the incident's own photos that show it.</summary>
    public IReadOnlyList<string>? EvidenceIds { get; init; }
    /// <summary>verify: passed, or sent back for rework.</summary>
    public bool? Accepted { get; init; }
    public string? Comment { get; init; }
    /// <summary>evaluate: 1–5.</summary>
    public int? Score { get; init; }
    /// <summary>extend: by how many minutes.</summary>
    public int? Minutes { get; init; }
    /// <summary>reminder, escalate: which deadline, which step, when it was due.</summary>
    public DeadlineKind? DeadlineKind { get; init; }
    public EscalationLevel? Level { get; init; }
    public DateTimeOffset? Due { get; init; }
    /// <summary>report: where the report came from as the system took it, and what the reporter asked for when that differs.</summary>
    public IncidentSource? Source { get; init; }
    public IncidentSource? RequestedSource { get; init; }
    /// <summary>report: the priority the incident runs on; register: a new priority set by the command centre.</summary>
    public Priority? Priority { get; init; }
    public Priority? RequestedPriority { get; init; }
    /// <summary>merge: the further report's own words.</summary>
    public string? Description { get; init; }
    /// <summary>evidence: the photo added.</summary>
    public string? EvidenceId { get; init; }
    public string? ContentType { get; init; }
    /// <summary>whistle: the whistle raised from the incident.</summary>
    public string? WhistleId { get; init; }
}
