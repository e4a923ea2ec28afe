using Dispatch.Grains.Contracts.Push;
using Orleans.Concurrency;

namespace Dispatch.Grains.Contracts.Push;

/// <summary>
/// Per-silo collector of a zone's changes (a stateless worker, so always local to the officer grain that
/// publishes). It coalesces fixes by officer and flushes a few times a second to the zone and the gateways.
/// </summary>
public interface IZoneFeedGrain : IGrainWithStringKey
{
    [OneWay] Task Publish(OfficerMoved move);
    [OneWay] Task PublishStatus(OfficerStatusChanged change);
}
