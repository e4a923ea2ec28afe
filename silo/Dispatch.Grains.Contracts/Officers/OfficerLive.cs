using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts.Officers;

/// <summary>An officer's live state: duty status and last accepted position.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerLive(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] OfficerStatus Status,
    [property: Id(2)] DateTimeOffset StatusSince,
    [property: Id(3)] PositionView? Position);
