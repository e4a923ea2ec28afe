using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Whistles;

/// <summary>
/// A zone's whistle desk holds only what is open: the day's numbering, the zone's open whistles (without their
/// timelines), and finished whistles whose write to the query model has not yet succeeded. Finished whistles leave once
/// the query model has them, so the state, and the cost of each write of it, is bounded by the zone's open whistles.
/// </summary>
[GenerateSerializer]
public sealed class WhistleDeskState
{
    [Id(0)] public Dictionary<string, WhistleRecord> Open { get; set; } = [];
    [Id(1)] public string Day { get; set; } = "";
    [Id(2)] public int Sequence { get; set; }
    /// <summary>Finished whistles waiting for the query model (normally empty: only while its store is unreachable).</summary>
    [Id(3)] public Dictionary<string, WhistleRecord> Leaving { get; set; } = [];
}
