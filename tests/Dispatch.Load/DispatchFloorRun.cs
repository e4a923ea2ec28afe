using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// The floor half of <c>dispatch</c>, after the system half on the same host: a bare SignalR push (invocation →
/// message back to the same connection, as many connections as officers), a bare HTTP request to the same
/// gateway (<c>GET /api/system</c>) and a bare grain call (a silo of its own in this process), each at the incident
/// rate, side by side a third of a period apart.
/// </summary>
public static class DispatchFloorRun
{
    const int WarmUp = 5;

    public static Task<DispatchFloorFigures> RunAsync(DispatchOptions o, CancellationToken stop) =>
        RunAsync(new FloorPlan(o.Urls, o.Officers, o.Rate, o.FloorDuration, o.Drain), stop);

    /// <summary>The three floors at <see cref="FloorPlan.Rate"/> each; also the floor of the whistle bench.</summary>
    public static async Task<DispatchFloorFigures> RunAsync(FloorPlan o, CancellationToken stop)
    {
        await using var push = await PushFloor.StartAsync(stop);
        using var http = new HttpFloor(o.Urls);
        await using var grain = await GrainFloor.StartAsync(stop);
        Console.WriteLine();
        Console.WriteLine($"== floor: {push.Address}, GET /api/system on {string.Join(", ", o.Urls.Select(DeviceTarget.Display))}, {grain.Address} ==");
        await push.ConnectAsync(o.Connections, 64, stop);
        using var abort = new CancellationTokenSource();

        // Warm both clients (and the floor hub) up; those samples are not kept.
        // Warm all three up (every floor grain gets activated); those samples are not kept.
        for (var k = 0; k < WarmUp; k++) { push.Fire(k, "W"); http.Fire(k, abort.Token); }
        for (var k = 0; k < 64; k++) grain.Fire(k);
        await WaitAsync(() => push.Pending == 0 && http.InFlight == 0 && grain.InFlight == 0, TimeSpan.FromSeconds(5));
        push.InvokeToPush.Clear();
        http.RoundTrip.Clear();
        grain.CallToAnswer.Clear();

        var count = (long)Math.Ceiling(o.Rate * o.Duration.TotalSeconds);
        Console.WriteLine($"  {push.Connected} connections; {count} pushes, {count} GETs and {count} grain calls at {o.Rate:0.##}/s each for {o.Duration.TotalSeconds:0} s");
        var windows = await Task.WhenAll(
            Pacer.RunAsync(o.Rate, count, k => push.Fire(k), stop),
            Pacer.RunAsync(o.Rate, count, k => http.Fire(k, abort.Token), stop, offset: 1 / 3.0),
            Pacer.RunAsync(o.Rate, count, grain.Fire, stop, offset: 2 / 3.0));
        await WaitAsync(() => push.Pending == 0 && http.InFlight == 0 && grain.InFlight == 0, o.Drain);
        abort.Cancel();

        return new DispatchFloorFigures
        {
            PushAddress = push.Address,
            PushConnections = push.Connected,
            WindowSeconds = Math.Round(windows.Max().TotalSeconds, 1),
            Push = push.InvokeToPush.Summarize(),
            PushErrors = push.Errors + push.Pending,
            Http = http.RoundTrip.Summarize(),
            HttpErrors = http.Errors,
            GrainAddress = grain.Address,
            Grain = grain.CallToAnswer.Summarize(),
            GrainErrors = grain.Errors + grain.InFlight,
        };
    }

    static async Task WaitAsync(Func<bool> done, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        while (!done() && Stopwatch.GetElapsedTime(started) < limit) await Task.Delay(20);
    }
}

/// <param name="Urls">The gateway(s) the GET floor asks.</param>
/// <param name="Connections">Push-floor connections, one sample per connection in turn (as many as devices).</param>
/// <param name="Rate">Samples per second of each floor.</param>
/// <param name="Duration">How long each floor samples.</param>
/// <param name="Drain">How long answers still on their way are waited for.</param>
public sealed record FloorPlan(IReadOnlyList<Uri> Urls, int Connections, double Rate, TimeSpan Duration, TimeSpan Drain);
