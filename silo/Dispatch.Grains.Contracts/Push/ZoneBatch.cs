namespace Dispatch.Grains.Contracts.Push;

/// <summary>What a zone's feed flushes at once: the newest fix per officer and the status changes, in order.</summary>
[GenerateSerializer, Immutable]
public sealed record ZoneBatch(
    [property: Id(0)] string ZoneId,
    [property: Id(1)] IReadOnlyList<OfficerMoved> Moves,
    [property: Id(2)] IReadOnlyList<OfficerStatusChanged> StatusChanges);
