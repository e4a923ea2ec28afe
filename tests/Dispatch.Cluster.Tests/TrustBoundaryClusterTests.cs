using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

/// <summary>One silo and two gateways with small per-account limits: the limits are counted in Redis, once for all gateways.</summary>
public sealed class SmallLimitsCluster : IAsyncLifetime
{
    public const int Limit = 6;
    public LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await LocalCluster.Start(silos: 1, gateways: 2, new Dictionary<string, string>
    {
        ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = Limit.ToString(),
        ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = Limit.ToString(),
        ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = Limit.ToString(),
    });

    public async Task DisposeAsync() { if (Cluster is not null) await Cluster.DisposeAsync(); }
}

public class TrustBoundaryClusterTests(SmallLimitsCluster fixture) : IClassFixture<SmallLimitsCluster>
{
    const int Limit = SmallLimitsCluster.Limit;
    LocalCluster Cluster => fixture.Cluster;

    static async Task AssertTooMany(HttpResponseMessage response, string where)
    {
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{where}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"{where}: Retry-After {response.Headers.RetryAfter}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("操作过于频繁，请稍后再试", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_per_account_action_limit_is_shared_by_both_gateways()
    {
        var token = await Api.SignIn(Cluster.Gateways[0].Url, "dispatcher");
        HttpClient On(int gateway)
        {
            var http = new HttpClient { BaseAddress = Cluster.Gateways[gateway].Url, Timeout = TimeSpan.FromSeconds(40) };
            http.DefaultRequestHeaders.Authorization = new("Bearer", token);
            return http;
        }
        using var a = On(0);
        using var b = On(1);

        // N requests split over both gateways: each gateway alone saw only half of the limit.
        for (var i = 0; i < Limit; i++)
        {
            var response = await (i % 2 == 0 ? a : b).PostAsJsonAsync("/api/incidents/I-none/actions/register", new { });
            Assert.True(response.StatusCode != HttpStatusCode.TooManyRequests, $"request {i + 1} of {Limit} was refused\n" + Cluster.Logs);
        }
        // The next one is refused whichever gateway gets it.
        await AssertTooMany(await a.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { }), "gateway 1");
        await AssertTooMany(await b.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { }), "gateway 2");

        // Another account has its own count.
        using var county = await Api.Http(Cluster.Gateways[1].Url, "county");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await county.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { })).StatusCode);
    }

    [Fact]
    public async Task The_per_account_sign_in_limit_is_shared_by_both_gateways()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var http = new HttpClient { BaseAddress = Cluster.Gateways[i % 2].Url };
            var response = await http.PostAsJsonAsync("/api/auth/login", new { username = "desk", password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        foreach (var (_, url) in Cluster.Gateways)
        {
            using var http = new HttpClient { BaseAddress = url };
            var response = await http.PostAsJsonAsync("/api/auth/login", new { username = "desk", password = "demo" });
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    [Fact]
    public async Task A_revocation_through_one_gateway_closes_hubs_and_refuses_tokens_on_the_other()
    {
        var token = await Api.SignIn(Cluster.Gateways[1].Url, "auditor");
        using var other = new HttpClient { BaseAddress = Cluster.Gateways[1].Url };
        other.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/me")).StatusCode);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(Cluster.Gateways[1].Url, "/hubs/console"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.StartAsync();

        using var admin = await Api.Http(Cluster.Gateways[0].Url, "admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/accounts/auditor/revoke-tokens", null)).StatusCode);

        // The other gateway hears of it through Redis; at the latest its 5 s cache runs out.
        Assert.Same(closed.Task, await Task.WhenAny(closed.Task, Task.Delay(10_000)));
        await Eventually.Value(async () => (await other.GetAsync("/api/me")).StatusCode, s => s == HttpStatusCode.Unauthorized,
            "the revoked token to be refused by the other gateway", 6_000);
        using var renewed = await Api.Http(Cluster.Gateways[1].Url, "auditor");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/me")).StatusCode);
    }
}
