using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dispatch.Load;

/// <summary>
/// The SignalR floor of the dispatch bench: a bare hub in this process (Kestrel on 127.0.0.1:0) where one
/// <c>Offer(id)</c> invocation pushes one <c>assignmentOffered</c>-shaped message straight back to the same
/// connection. Timed from the invocation's send to the push's arrival, over as many connections as officers,
/// one sample per connection in turn — what a single push costs with no HTTP, sign-in, Orleans or storage.
/// </summary>
public sealed class PushFloor(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, long> _pending = new();
    readonly List<HubConnection> _connections = [];
    long _errors;

    public LatencyStats InvokeToPush { get; } = new();
    public long Errors => Interlocked.Read(ref _errors);
    public int Connected => _connections.Count;
    public int Pending => _pending.Count;
    public string Address => $"in-process bare SignalR push at {DeviceTarget.Display(baseUrl)}";

    public static async Task<PushFloor> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<OfferEchoHub>(HubNames.FieldHub);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PushFloor(app, new Uri(address));
    }

    public async Task ConnectAsync(int connections, int parallel, CancellationToken ct)
    {
        var opened = new HubConnection?[connections];
        await Parallel.ForEachAsync(Enumerable.Range(0, connections), new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) =>
            {
                var c = new HubConnectionBuilder()
                    .WithUrl(new Uri(DeviceTarget.Display(baseUrl) + HubNames.FieldHub), Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets,
                        o => o.SkipNegotiation = true)
                    .Build();
                c.On<AssignmentOffer>(IncidentNames.AssignmentOffered, offer =>
                {
                    var now = Stopwatch.GetTimestamp();
                    if (_pending.TryRemove(offer.IncidentId, out var sent)) InvokeToPush.Add(LatencyStats.ElapsedMs(sent, now));
                });
                try
                {
                    await c.StartAsync(token);
                    opened[i] = c;
                }
                catch (Exception) when (!token.IsCancellationRequested)
                {
                    Interlocked.Increment(ref _errors);
                    await c.DisposeAsync();
                }
            });
        _connections.AddRange(opened.OfType<HubConnection>());
    }

    /// <summary>Sample <paramref name="k"/>: connection k mod N invokes Offer and waits for its push.</summary>
    public void Fire(long k, string prefix = "F")
    {
        if (_connections.Count == 0) return;
        var connection = _connections[(int)(k % _connections.Count)];
        var id = $"{prefix}{k}";
        _pending[id] = Stopwatch.GetTimestamp();
        _ = InvokeAsync(connection, id);
    }

    async Task InvokeAsync(HubConnection connection, string id)
    {
        try { await connection.InvokeAsync(IncidentNames.Offer, id); }
        catch (Exception)
        {
            Interlocked.Increment(ref _errors);
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) =>
        {
            try { await c.DisposeAsync(); }
            catch (Exception) { /* shutting down */ }
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await app.StopAsync(timeout.Token); }
        finally { await app.DisposeAsync(); }
    }
}

/// <summary>The push floor's hub: each <c>Offer(id)</c> pushes one offer-shaped message to the caller, then returns.</summary>
public sealed class OfferEchoHub : Hub
{
    static readonly OfficerPosition Somewhere = new(28.45, 119.92);

    public Task Offer(string id) =>
        Clients.Caller.SendAsync(IncidentNames.AssignmentOffered,
            new AssignmentOffer(id, "hazardous-chemicals", "urgent", "floor", Somewhere, 120, DateTimeOffset.UtcNow.AddMinutes(5)));
}
