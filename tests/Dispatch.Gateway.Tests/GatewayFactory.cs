using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// The gateway in embedded mode (its own in-process silo on free ports), served by real Kestrel on a free
/// loopback port so SignalR clients connect over real WebSockets. The simulator is off: only tests move officers.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    protected virtual IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>();

    public GatewayFactory()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string>
        {
            ["Dispatch:Mode"] = "Embedded",
            ["Dispatch:Orleans:SiloPort"] = FreePorts.Next().ToString(),
            ["Dispatch:Orleans:GatewayPort"] = FreePorts.Next().ToString(),
            ["Dispatch:Orleans:ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8],
            ["Dispatch:Simulator:Enabled"] = "false",
            // Tests sign in and act far more often than people do: no test but the limit tests may meet a limit.
            ["Dispatch:RateLimits:LoginPermitsPerMinute"] = "10000",
            ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = "10000",
            ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = "10000",
            ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = "10000",
            ["Dispatch:RateLimits:ExternalIntakePerAddressPerMinute"] = "10000",
            ["Dispatch:Feed:FlushInterval"] = "00:00:00.100",
        };
        foreach (var (k, v) in Overrides) settings[k] = v;
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
    }
}

/// <summary>A gateway whose sign-in limit is tiny, to see the limiter answer.</summary>
public sealed class StrictLoginGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Overrides =>
        new Dictionary<string, string> { ["Dispatch:RateLimits:LoginPermitsPerMinute"] = "3" };
}

/// <summary>A gateway whose per-account limits are tiny (3 a minute), to see them answer.</summary>
public sealed class SmallLimitsGatewayFactory : GatewayFactory
{
    public const int Limit = 3;

    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = Limit.ToString(),
        ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = Limit.ToString(),
        ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = Limit.ToString(),
        ["Dispatch:RateLimits:ExternalIntakePerAddressPerMinute"] = Limit.ToString(),
    };
}

/// <summary>A gateway whose tokens live a few seconds, to see hub connections end with their token.</summary>
public sealed class ShortTokenGatewayFactory : GatewayFactory
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    protected override IReadOnlyDictionary<string, string> Overrides =>
        new Dictionary<string, string> { ["Dispatch:Jwt:Lifetime"] = Lifetime.ToString("c") };
}

/// <summary>A gateway that also serves the built console (web-console/dist), to check the pages' headers.</summary>
public sealed class ConsoleGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Overrides =>
        new Dictionary<string, string> { ["Dispatch:ConsoleRoot"] = Path.Combine(Repo.Root, "web-console", "dist") };
}

/// <summary>A gateway that sweeps for revoked hub connections every second.</summary>
public sealed class FastSweepGatewayFactory : GatewayFactory
{
    protected override IReadOnlyDictionary<string, string> Overrides =>
        new Dictionary<string, string> { ["Dispatch:Auth:RevocationSweepInterval"] = "00:00:01" };
}

/// <summary>
/// A gateway whose 12345 results go to a real local receiver, retried fast (0.2 s doubling, 4 attempts) so the retry and
/// dead-letter paths run in a test's time.
/// </summary>
public sealed class HotlineGatewayFactory : GatewayFactory
{
    public WebhookReceiver Webhook { get; } = WebhookReceiver.Start();
    public const int MaxAttempts = 4;

    protected override IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>
    {
        ["Dispatch:Hotline:WebhookUrl"] = Webhook.Url,
        ["Dispatch:Hotline:FirstRetryDelay"] = "00:00:00.200",
        ["Dispatch:Hotline:MaxRetryDelay"] = "00:00:01",
        ["Dispatch:Hotline:MaxAttempts"] = MaxAttempts.ToString(),
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Webhook.DisposeAsync();
    }
}
