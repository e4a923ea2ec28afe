using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Contracts.Whistles;

/// <summary>
/// A zone's whistle desk: numbers the zone's whistles and keeps its open ones. One per zone, so numbering is serial.
/// Lists and the scorecard read the query model, where finished whistles go when they leave the desk.
/// </summary>
public interface IWhistleDeskGrain : IGrainWithStringKey
{
    Task<WhistleRecord> File(NewWhistle whistle, Actor who);

    /// <summary>The zone's open whistles (awaiting approval or open), without their timelines.</summary>
    Task<IReadOnlyList<WhistleRecord>> List();

    /// <summary>One-way: whistles report each durable change here; a finished one leaves the desk once the query model has it.</summary>
    [Orleans.Concurrency.OneWay] Task Updated(WhistleRecord whistle);

    /// <summary>The size of the desk's stored state in bytes (bounded by the zone's open whistles, not its history).</summary>
    Task<int> StateSize();
}
