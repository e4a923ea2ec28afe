namespace Dispatch.Domain.Whistles;

/// <summary>The values a whistle timeline entry records; each action fills what it has.</summary>
public sealed record WhistleTimelineData
{
    /// <summary>assign, acknowledge, arrive, handle, remind, escalate: whose part.</summary>
    public string? DepartmentId { get; init; }
    /// <summary>assign: the officers named; acknowledge, arrive: the officer.</summary>
    public IReadOnlyList<string>? OfficerIds { get; init; }
    /// <summary>handle: what was done.</summary>
    public string? Result { get; init; }
    /// <summary>rate: every department's rating.</summary>
    public IReadOnlyList<PartRatingInput>? Ratings { get; init; }
    /// <summary>remind, escalate: which time limit, when it was due.</summary>
    public WhistleStage? Stage { get; init; }
    public DateTimeOffset? Due { get; init; }
    /// <summary>create: the incident the whistle was raised from; the summoned departments.</summary>
    public string? IncidentId { get; init; }
    public IReadOnlyList<string>? DepartmentIds { get; init; }
    /// <summary>create: approval waived for this urgency by the county setting.</summary>
    public bool? ApprovalWaived { get; init; }
}
