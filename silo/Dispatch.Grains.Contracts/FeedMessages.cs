using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts;

/// <summary>One officer's newest fix, as it travels to consoles. Department and township let the gateway split batches by audience.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerMoved(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] double Lat,
    [property: Id(2)] double Lon,
    [property: Id(3)] OfficerStatus Status,
    [property: Id(4)] DateTimeOffset Time,
    [property: Id(5)] string DepartmentId,
    [property: Id(6)] string? TownshipId);

[GenerateSerializer, Immutable]
public sealed record OfficerStatusChanged(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] OfficerStatus Status,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] string DepartmentId,
    [property: Id(4)] string? TownshipId);

/// <summary>What a zone's feed flushes at once: the newest fix per officer and the status changes, in order.</summary>
[GenerateSerializer, Immutable]
public sealed record ZoneBatch(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] IReadOnlyList<OfficerMoved> Moves,
    [property: Id(2)] IReadOnlyList<OfficerStatusChanged> StatusChanges);

/// <summary>Officer counts by status, for townships and departments.</summary>
[GenerateSerializer, Immutable]
public sealed record RosterSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] int Total,
    [property: Id(2)] IReadOnlyDictionary<OfficerStatus, int> ByStatus);
