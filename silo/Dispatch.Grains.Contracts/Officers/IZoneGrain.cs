using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Contracts.Officers;

/// <summary>An enforcement zone (执法片区), keyed by zone id: the live table of its officers, for console snapshots.</summary>
public interface IZoneGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<OfficerLive>> GetOfficers();

    /// <summary>Called by the zone's feeds once per flush, never once per fix.</summary>
    Task Apply(ZoneBatch batch);
}
