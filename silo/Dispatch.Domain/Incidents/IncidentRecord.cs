using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>An incident and everything that happened to it. Plain data: the rules live in <see cref="IncidentRules"/>.</summary>
public sealed record IncidentRecord
{
    public required string Id { get; init; }
    public IncidentStatus Status { get; init; } = IncidentStatus.Reported;
    public required string Category { get; init; }
    public Priority Priority { get; init; } = Priority.Normal;
    public required string Description { get; init; }
    public required GeoPoint Location { get; init; }
    public string? TownshipId { get; init; }
    public string? GridId { get; init; }
    public required string ZoneId { get; init; }
    public required string DepartmentId { get; init; }
    public string? Qualification { get; init; }
    public string? AssignedOfficerId { get; init; }
    public IReadOnlyList<string> DeclinedBy { get; init; } = [];
    public IReadOnlyList<Deadline> Deadlines { get; init; } = [];
    public IReadOnlyList<DeadlineKind> Met { get; init; } = [];
    public IReadOnlyList<Escalation> Escalations { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];
    public int Reports { get; init; } = 1;
    public IncidentSource Source { get; init; } = IncidentSource.Grid;
    public required string ReportedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? Result { get; init; }
    public int? Score { get; init; }
    /// <summary>What the reporter asked for and intake did not grant (advisory: shown to the command centre).</summary>
    public Priority? RequestedPriority { get; init; }
    public IncidentSource? RequestedSource { get; init; }
    /// <summary>The system may register and dispatch this incident itself when it is urgent (county intake policy, or a command centre's decision).</summary>
    public bool AutoDispatchAllowed { get; init; } = true;
    /// <summary>Urgent, registered, and auto-dispatch found nobody free: offered as soon as a qualified officer comes free.</summary>
    public bool AwaitingOfficer { get; init; }
    /// <summary>Whistles raised from this incident (the escalation bridge), oldest first.</summary>
    public IReadOnlyList<string> WhistleIds { get; init; } = [];
    /// <summary>A handling limit the report set (a 12345 deadline class); kept so a new priority does not undo it.</summary>
    public DeadlineLimit? HandleLimit { get; init; }
    /// <summary>12345 tickets filed as (or merged into) this incident: each hears the result when the incident ends.</summary>
    public IReadOnlyList<string> HotlineTickets { get; init; } = [];
}
