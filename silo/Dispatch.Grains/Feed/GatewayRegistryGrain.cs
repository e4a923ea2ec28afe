using Dispatch.Grains.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dispatch.Grains.Feed;

/// <summary>
/// The gateways' relays. Kept in memory: gateways re-register every few seconds, so a registry that
/// re-activates on another silo is whole again within one refresh period.
/// </summary>
public sealed class GatewayRegistryGrain(TimeProvider time, IOptions<FeedSettings> settings, ILogger<GatewayRegistryGrain> log)
    : Grain, IGatewayRegistryGrain
{
    readonly Dictionary<string, (IPushRelay Relay, DateTimeOffset SeenAt)> _relays = new(StringComparer.Ordinal);
    readonly DateTimeOffset _listeningSince = time.GetUtcNow();

    public Task Register(string gatewayId, IPushRelay relay)
    {
        if (!_relays.ContainsKey(gatewayId))
            log.LogInformation("Gateway {GatewayId} registered its relay", gatewayId);
        _relays[gatewayId] = (relay, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Unregister(string gatewayId)
    {
        if (_relays.Remove(gatewayId))
            log.LogInformation("Gateway {GatewayId} unregistered", gatewayId);
        return Task.CompletedTask;
    }

    public Task<RelayList> GetRelays()
    {
        var cutoff = time.GetUtcNow() - settings.Value.RelayExpiry;
        foreach (var stale in _relays.Where(r => r.Value.SeenAt < cutoff).Select(r => r.Key).ToList())
        {
            _relays.Remove(stale);
            log.LogWarning("Gateway {GatewayId} expired: no refresh since {Cutoff}", stale, cutoff);
        }
        return Task.FromResult(new RelayList(_relays.Select(r => new RelayEntry(r.Key, r.Value.Relay)).ToList(), _listeningSince));
    }
}
