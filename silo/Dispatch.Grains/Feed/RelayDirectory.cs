using Dispatch.Grains.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dispatch.Grains.Feed;

/// <summary>
/// A silo's view of the gateways' relays. Each batch goes to one gateway, chosen by zone so one zone's batches
/// stay in order on one path; if it fails the next gateway takes it. The gateway's SignalR fans it out.
/// </summary>
public sealed class RelayDirectory(IGrainFactory grains, TimeProvider time, IOptions<FeedSettings> settings, ILogger<RelayDirectory> log)
{
    readonly SemaphoreSlim _refreshing = new(1, 1);
    IReadOnlyList<RelayEntry> _relays = [];
    DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async Task Deliver(ZoneBatch batch)
    {
        var relays = await Current();
        if (relays.Count == 0)
        {
            log.LogDebug("No gateway registered; batch for zone {ZoneId} dropped", batch.ZoneId);
            return;
        }
        var start = (int)((uint)StableHash(batch.ZoneId) % (uint)relays.Count);
        for (var i = 0; i < relays.Count; i++)
        {
            var entry = relays[(start + i) % relays.Count];
            try
            {
                await entry.Relay.Deliver(batch).WaitAsync(settings.Value.DeliveryTimeout);
                log.LogDebug("Batch for zone {ZoneId} delivered to gateway {GatewayId}", batch.ZoneId, entry.GatewayId);
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Gateway {GatewayId} did not take the batch for zone {ZoneId}; trying the next", entry.GatewayId, batch.ZoneId);
                _fetchedAt = DateTimeOffset.MinValue; // look again soon: the gateway may be gone
            }
        }
        log.LogWarning("No gateway took the batch for zone {ZoneId} ({Moves} moves)", batch.ZoneId, batch.Moves.Count);
    }

    async Task<IReadOnlyList<RelayEntry>> Current()
    {
        var now = time.GetUtcNow();
        if (now - _fetchedAt < settings.Value.RelayListRefresh) return _relays;
        if (!await _refreshing.WaitAsync(0)) return _relays; // another flush is already refreshing
        try
        {
            var fetched = await grains.GetGrain<IGatewayRegistryGrain>(0).GetRelays().WaitAsync(settings.Value.DeliveryTimeout);
            var entries = fetched.Entries.ToList();
            // A registry that just re-activated on another silo knows only the gateways that have re-registered
            // since; until every gateway has had its turn, keep the ones this silo already knew.
            if (now - fetched.ListeningSince < settings.Value.YoungRegistryGrace)
                entries.AddRange(_relays.Where(old => entries.All(e => e.GatewayId != old.GatewayId)));
            _relays = entries.OrderBy(r => r.GatewayId, StringComparer.Ordinal).ToList();
            _fetchedAt = now;
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Could not read the gateway registry; keeping {Count} known gateways", _relays.Count);
            _fetchedAt = now;
        }
        finally
        {
            _refreshing.Release();
        }
        return _relays;
    }

    // string.GetHashCode is randomised per process; silos must agree, so use FNV-1a.
    static int StableHash(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }
}
