using System.Net;
using System.Net.Http.Json;

namespace Dispatch.Cluster.Tests;

public sealed class OneSiloOneGatewayCluster : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;
    public async Task InitializeAsync() => Cluster = await LocalCluster.Start(silos: 1, gateways: 1);
    public async Task DisposeAsync() { if (Cluster is not null) await Cluster.DisposeAsync(); }
}

public class HealthTests(OneSiloOneGatewayCluster fixture) : IClassFixture<OneSiloOneGatewayCluster>
{
    [Fact]
    public async Task Without_redis_the_gateway_and_silo_stay_live_but_not_ready()
    {
        var cluster = fixture.Cluster;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var gateway = cluster.Gateways[0].Url;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(gateway, "/health/ready"))).StatusCode);

        await cluster.Redis.DisposeAsync();

        await Eventually.Value(() => http.GetAsync(new Uri(gateway, "/health/ready")), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
            "gateway not ready without redis", 30_000);
        await Eventually.Value(() => http.GetAsync(cluster.Silos[0].Url + "/health/ready"), r => r.StatusCode == HttpStatusCode.ServiceUnavailable,
            "silo not ready without redis", 30_000);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(gateway, "/health/live"))).StatusCode);
        // Sign-in needs no Redis: its limits fall back to the gateway's own windows instead of failing.
        var signIn = await http.PostAsJsonAsync(new Uri(gateway, "/api/auth/login"), new { username = "dispatcher", password = "demo" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}
