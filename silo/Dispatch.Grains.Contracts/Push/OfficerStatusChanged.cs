using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts.Push;

[GenerateSerializer, Immutable]
public sealed record OfficerStatusChanged(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] OfficerStatus Status,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] string DepartmentId,
    [property: Id(4)] string? TownshipId);
