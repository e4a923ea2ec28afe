using System.Globalization;
using Dispatch.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

/// <summary>Cluster mode: applies revocations announced by other gateways (and this one) as they arrive.</summary>
public sealed class RevocationRelay(IServiceProvider services, ILogger<RevocationRelay> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (services.GetService<IConnectionMultiplexer>() is not { } redis) return;
        var revocations = services.GetRequiredService<TokenRevocations>();
        try
        {
            await redis.GetSubscriber().SubscribeAsync(TokenRevocations.Channel, (_, message) =>
            {
                var text = (string?)message ?? "";
                var space = text.IndexOf(' ');
                if (space > 0 && long.TryParse(text[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                    revocations.Apply(text[(space + 1)..], new DateTimeOffset(ticks, TimeSpan.Zero));
            });
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Not subscribed to token revocations: other gateways' revocations apply here within {Cache} (REST) " +
                "but open hub connections stay open", TokenRevocations.CacheFor);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
