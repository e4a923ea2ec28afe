using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts.Push;

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
