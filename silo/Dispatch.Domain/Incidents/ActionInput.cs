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
