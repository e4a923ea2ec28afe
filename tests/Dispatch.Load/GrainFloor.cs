using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dispatch.Load;

/// <summary>
/// The Orleans floor of the dispatch bench: a bare silo in this process (localhost clustering on free loopback
/// ports, no storage) and a separate Orleans client host that reaches it through the silo's gateway port, as a
/// Dispatch gateway reaches its silos. One sample is one call to an empty grain method, timed from the call to its
/// answer — what a single grain call costs with no HTTP, sign-in, rules, storage or push.
/// </summary>
public sealed class GrainFloor(IHost silo, IHost client) : IAsyncDisposable
{
    const int Grains = 64;
    readonly IClusterClient _grains = client.Services.GetRequiredService<IClusterClient>();
    long _errors;
    int _inFlight;

    public LatencyStats CallToAnswer { get; } = new();
    public long Errors => Interlocked.Read(ref _errors);
    public int InFlight => Volatile.Read(ref _inFlight);
    public string Address { get; private init; } = "";

    public static async Task<GrainFloor> StartAsync(CancellationToken ct)
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        const string cluster = "dispatch-load-floor";
        var silo = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.ClearProviders())
            .UseOrleans(s => s.UseLocalhostClustering(siloPort, gatewayPort, serviceId: cluster, clusterId: cluster))
            .Build();
        await silo.StartAsync(ct);
        var client = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.ClearProviders())
            .UseOrleansClient(c => c.UseLocalhostClustering(gatewayPort, serviceId: cluster, clusterId: cluster))
            .Build();
        await client.StartAsync(ct);
        return new GrainFloor(silo, client) { Address = $"in-process bare Orleans silo, client through gateway 127.0.0.1:{gatewayPort}" };
    }

    /// <summary>Sample <paramref name="k"/>: one call to grain k mod 64 (all activated by the warm-up).</summary>
    public void Fire(long k)
    {
        Interlocked.Increment(ref _inFlight);
        _ = CallAsync(k);
    }

    async Task CallAsync(long k)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _grains.GetGrain<IFloorGrain>(k % Grains).Echo(k);
            CallToAnswer.Add(LatencyStats.ElapsedMs(started, Stopwatch.GetTimestamp()));
        }
        catch (Exception) { Interlocked.Increment(ref _errors); }
        finally { Interlocked.Decrement(ref _inFlight); }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try { await client.StopAsync(timeout.Token); await silo.StopAsync(timeout.Token); }
        finally { client.Dispose(); silo.Dispose(); }
    }

    static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The grain floor's grain: answers at once, keeps no state.</summary>
public interface IFloorGrain : IGrainWithIntegerKey
{
    Task<long> Echo(long value);
}

public sealed class FloorGrain : Grain, IFloorGrain
{
    public Task<long> Echo(long value) => Task.FromResult(value);
}
