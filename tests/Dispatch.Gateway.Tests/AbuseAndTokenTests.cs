using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dispatch.Gateway.Tests;

/// <summary>Per-account abuse limits: 429 with Retry-After and a Chinese problem, for that account only.</summary>
public class RateLimitTests(SmallLimitsGatewayFactory gateway) : IClassFixture<SmallLimitsGatewayFactory>
{
    const int Limit = SmallLimitsGatewayFactory.Limit;

    static readonly object BadReport = new { category = "no-such-category", description = "限流测试", location = new { lat = 0.0, lon = 0.0 } };

    static async Task AssertTooMany(HttpResponseMessage response, string title)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Intake_is_limited_per_account()
    {
        using var grid = await gateway.ClientFor("grid");
        // Every report counts, whatever its answer (here 400: the limit is on requests, before any work).
        for (var i = 0; i < Limit; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await grid.PostAsJsonAsync("/api/incidents", BadReport)).StatusCode);
        await AssertTooMany(await grid.PostAsJsonAsync("/api/incidents", BadReport), "操作过于频繁，请稍后再试");

        using var township = await gateway.ClientFor("township");
        Assert.Equal(HttpStatusCode.BadRequest, (await township.PostAsJsonAsync("/api/incidents", BadReport)).StatusCode);
        // Reads are not limited.
        Assert.Equal(HttpStatusCode.OK, (await grid.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task Actions_and_evidence_uploads_share_one_limit_per_account()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        for (var i = 0; i < Limit; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await dispatcher.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { })).StatusCode);
        await AssertTooMany(await dispatcher.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { }), "操作过于频繁，请稍后再试");
        using var photo = new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]), "file", "x.png" } };
        await AssertTooMany(await dispatcher.PostAsync("/api/incidents/I-none/evidence", photo), "操作过于频繁，请稍后再试");

        using var county = await gateway.ClientFor("county");
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await county.PostAsJsonAsync("/api/incidents/I-none/actions/register", new { })).StatusCode);
    }

    [Fact]
    public async Task The_hotline_and_Open311_intake_share_one_limit_per_address_wrong_keys_included()
    {
        using var http = gateway.CreateClient();
        // Wrong keys count too: a key-guessing run is held to the same pace as real tickets.
        for (var i = 0; i < Limit; i++)
        {
            using var guess = new HttpRequestMessage(HttpMethod.Post, "/api/intake/hotline") { Content = JsonContent.Create(new { ticketId = $"RL-{i}" }) };
            guess.Headers.Add("X-Api-Key", $"guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(guess)).StatusCode);
        }
        using var real = new HttpRequestMessage(HttpMethod.Post, "/api/intake/hotline") { Content = JsonContent.Create(new { ticketId = "RL-real" }) };
        real.Headers.Add("X-Api-Key", "demo-hotline-key");
        await AssertTooMany(await http.SendAsync(real), "操作过于频繁，请稍后再试");
        using var open311 = new FormUrlEncodedContent(new Dictionary<string, string> { ["api_key"] = "demo-open311-key", ["service_code"] = "littering" });
        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsync("/open311/v2/requests.json", open311)).StatusCode);
        // Reads are not limited.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/open311/v2/services.json")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_is_limited_per_account_from_any_address_and_other_accounts_still_sign_in()
    {
        using var http = gateway.CreateClient();
        for (var i = 0; i < Limit; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/auth/login", new { username = "desk", password = "guess" + i })).StatusCode);
        // The right password does not help once the account's attempts are used up; the name's case does not either.
        await AssertTooMany(await http.PostAsJsonAsync("/api/auth/login", new { username = "DESK", password = "demo" }), "登录尝试过于频繁，请稍后再试");

        var other = await http.PostAsJsonAsync("/api/auth/login", new { username = "auditor", password = "demo" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}

/// <summary>Security headers, evidence downloads, token expiry on hubs and token revocation.</summary>
public class TokenHygieneTests(ConsoleGatewayFactory gateway) : IClassFixture<ConsoleGatewayFactory>
{
    static string Payload(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '=')));
    }

    static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var v) || response.Content.Headers.TryGetValues(name, out v)
            ? string.Join(",", v) : $"<no {name}>";
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task Api_console_pages_and_problem_answers_carry_the_security_headers()
    {
        using var http = gateway.CreateClient();
        AssertSecurityHeaders(await http.GetAsync("/api/system"));
        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        AssertSecurityHeaders(page);
        var wrong = await http.PostAsJsonAsync("/api/auth/login", new { username = "dispatcher", password = "nope" });
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        AssertSecurityHeaders(wrong);
        AssertSecurityHeaders(await http.GetAsync("/api/me")); // 401
        AssertSecurityHeaders(await http.GetAsync("/api/no-such-route"));
    }

    [Fact]
    public async Task Revoked_tokens_are_refused_on_rest_and_hubs_and_signing_in_again_works()
    {
        var token = await gateway.SignIn("auditor");
        using var auditor = gateway.CreateClient();
        auditor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/me")).StatusCode);
        await using var hub = gateway.HubWithToken("/hubs/console", token);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        await hub.StartAsync();

        using var dispatcher = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.PostAsync("/api/accounts/auditor/revoke-tokens", null)).StatusCode);
        using var admin = await gateway.ClientFor("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/accounts/nobody/revoke-tokens", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync("/api/accounts/auditor/revoke-tokens", null)).StatusCode);

        // The open hub connection is closed by the server, the token is refused on REST and for new hub connections.
        Assert.Same(closed.Task, await Task.WhenAny(closed.Task, Task.Delay(10_000)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await auditor.GetAsync("/api/me")).StatusCode);
        await using var again = gateway.HubWithToken("/hubs/console", token);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // Signing in again (at once) gives a newer token that works everywhere.
        var fresh = await gateway.SignIn("auditor");
        using var renewed = gateway.CreateClient();
        renewed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        var me = await renewed.GetAsync("/api/me");
        Assert.True(me.StatusCode == HttpStatusCode.OK, $"{me.StatusCode} {me.Headers.WwwAuthenticate} {Payload(fresh)} / old {Payload(token)}");
        await using var hubAgain = gateway.HubWithToken("/hubs/console", fresh);
        await hubAgain.StartAsync();
        Assert.Equal(HubConnectionState.Connected, hubAgain.State);
    }
}

/// <summary>Tokens that live 5 s: a hub connection is closed by the server when its token expires.</summary>
public class TokenExpiryTests(ShortTokenGatewayFactory gateway) : IClassFixture<ShortTokenGatewayFactory>
{
    [Fact]
    public async Task A_hub_connection_is_closed_when_its_token_expires()
    {
        var started = Stopwatch.StartNew();
        await using var device = await gateway.Hub("/hubs/field", "officer");
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        await device.StartAsync();

        Assert.Same(closed.Task, await Task.WhenAny(closed.Task, Task.Delay(20_000)));
        // The token's exp is in whole seconds (rounded down), so it may end up to a second before issue time + lifetime.
        Assert.True(started.Elapsed >= ShortTokenGatewayFactory.Lifetime - TimeSpan.FromMilliseconds(1500),
            $"closed after {started.Elapsed}, before the token expired");
        Assert.Equal(HubConnectionState.Disconnected, device.State);
    }
}

/// <summary>A revocation whose announcement never reached this gateway still closes its hub connections (the sweep).</summary>
public class RevocationSweepTests(FastSweepGatewayFactory gateway) : IClassFixture<FastSweepGatewayFactory>
{
    [Fact]
    public async Task A_revocation_this_gateway_never_heard_of_still_closes_its_hub_connections()
    {
        var token = await gateway.SignIn("township");
        await using var hub = gateway.HubWithToken("/hubs/console", token);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        await hub.StartAsync();

        // Straight into the grain, as another gateway would, with its announcement lost on the way here.
        var grains = gateway.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<Dispatch.Grains.Contracts.Accounts.ITokenRevocationGrain>("township").Revoke(DateTimeOffset.UtcNow);

        Assert.Same(closed.Task, await Task.WhenAny(closed.Task, Task.Delay(15_000)));
    }
}
