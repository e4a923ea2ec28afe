using Dispatch.Grains.Contracts.Push;
using Orleans.Concurrency;

namespace Dispatch.Grains.Contracts;

/// <summary>An enforcement zone (执法片区), keyed by zone id: the live table of its officers, for console snapshots.</summary>
public interface IZoneGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<OfficerLive>> GetOfficers();

    /// <summary>Called by the zone's feeds once per flush, never once per fix.</summary>
    Task Apply(ZoneBatch batch);
}

/// <summary>
/// Per-silo collector of a zone's changes (a stateless worker, so always local to the officer grain that
/// publishes). It coalesces fixes by officer and flushes a few times a second to the zone and the gateways.
/// </summary>
public interface IZoneFeedGrain : IGrainWithStringKey
{
    [OneWay] Task Publish(OfficerMoved move);
    [OneWay] Task PublishStatus(OfficerStatusChanged change);
}
