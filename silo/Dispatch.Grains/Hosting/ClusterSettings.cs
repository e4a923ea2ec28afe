using System.Net;
using Microsoft.Extensions.Configuration;

namespace Dispatch.Grains.Hosting;

/// <summary>Configuration section <c>Dispatch:Orleans</c> plus <c>Dispatch:Redis</c>.</summary>
public sealed record ClusterSettings
{
    public string ClusterId { get; init; } = "dispatch";
    public string ServiceId { get; init; } = "dispatch";
    public int SiloPort { get; init; } = 11111;
    public int GatewayPort { get; init; } = 30000;
    public string? AdvertisedIp { get; init; }
    public bool ListenOnAny { get; init; }
    public string? Redis { get; init; }

    public IPAddress AdvertisedAddress => AdvertisedIp is { Length: > 0 } ip ? IPAddress.Parse(ip) : IPAddress.Loopback;

    public string RequireRedis() => Redis is { Length: > 0 } r
        ? r
        : throw new InvalidOperationException("Cluster mode needs a Redis connection string in Dispatch:Redis (e.g. 127.0.0.1:6379).");

    public static ClusterSettings From(IConfiguration config) =>
        (config.GetSection("Dispatch:Orleans").Get<ClusterSettings>() ?? new ClusterSettings()) with { Redis = config["Dispatch:Redis"] };
}
