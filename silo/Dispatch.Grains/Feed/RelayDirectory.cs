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
    DateTimeOffset _lastNonEmpty = DateTimeOffset.MinValue;

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
            // A registry that just re-activated elsewhere is empty until gateways re-register: keep the old list a while.
            if (fetched.Count > 0 || now - _lastNonEmpty > settings.Value.RelayExpiry)
            {
                _relays = fetched.OrderBy(r => r.GatewayId, StringComparer.Ordinal).ToList();
                if (fetched.Count > 0) _lastNonEmpty = now;
            }
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
