using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Contracts;

/// <summary>
/// A zone's whistle desk: numbers the zone's whistles and keeps their list (for the scoped list and the scorecard).
/// One per zone, so numbering is serial.
/// </summary>
public interface IWhistleDeskGrain : IGrainWithStringKey
{
    Task<WhistleRecord> File(NewWhistle whistle, Actor who);
    Task<IReadOnlyList<WhistleRecord>> List();
    /// <summary>One-way: whistles report their changes here.</summary>
    [Orleans.Concurrency.OneWay] Task Updated(WhistleRecord whistle);
}
