using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// One measured run against one target: console probe up, devices connected and on duty, the send window, then
/// a fixed drain for answers and console arrivals still on their way. Everything is closed before it returns.
/// </summary>
public static class LoadRun
{
    public static async Task<RunFigures> RunAsync(DeviceTarget target, RunOptions options, CancellationToken stop)
    {
        await target.AnnounceAsync(stop);

        var ledger = new FixLedger();
        var counters = new FleetCounters();
        await using var probe = new ConsoleProbe(ledger);
        await probe.StartAsync(target.BuildConsoleConnection(), stop);

        await using var fleet = new DeviceFleet(target, options, counters, ledger);
        var connectTime = await fleet.ConnectAllAsync(stop);
        counters.PrintConnected("devices connected", options.Devices, connectTime);

        var window = TimeSpan.Zero;
        using var abort = new CancellationTokenSource();
        if (counters.Connected > 0 && !stop.IsCancellationRequested)
        {
            fleet.AssignTrajectories(await target.LastPositionsAsync(stop), DateTimeOffset.UtcNow);
            var rate = counters.Connected / options.Interval.TotalSeconds;
            Console.WriteLine($"  sending for {options.Duration.TotalSeconds:0} s: one fix per device every {options.Interval.TotalSeconds:0.###} s " +
                              $"(≈{rate:0.#} fixes/s)");
            window = await fleet.SendAsync(stop, abort.Token);
            await DrainAsync(fleet, ledger, options.Drain);
        }
        abort.Cancel();
        await WaitIdleAsync(fleet, TimeSpan.FromSeconds(3));

        var seconds = Math.Max(window.TotalSeconds, 1e-9);
        return new RunFigures
        {
            Target = target.Name,
            Address = target.Address,
            Devices = options.Devices,
            Connected = counters.Connected,
            ConnectFailures = counters.ConnectFailures,
            ConnectFailureKinds = counters.ConnectFailureKinds,
            ConnectSeconds = Math.Round(connectTime.TotalSeconds, 1),
            IntervalSeconds = options.Interval.TotalSeconds,
            WindowSeconds = Math.Round(window.TotalSeconds, 1),
            FixesSent = counters.Sent,
            Accepted = counters.Accepted,
            AcceptedPerSecond = window > TimeSpan.Zero ? Math.Round(counters.Accepted / seconds, 1) : 0,
            Ignored = counters.Ignored,
            Errors = counters.Errors,
            ErrorKinds = counters.ErrorKinds,
            SendsSkipped = counters.Skipped,
            ConnectionsLost = counters.ConnectionsLost,
            Delivered = ledger.Delivered,
            DeliveredPerSecond = window > TimeSpan.Zero ? Math.Round(ledger.Delivered / seconds, 1) : 0,
            Missing = ledger.Pending,
            Duplicates = ledger.Duplicates,
            UnknownMoves = ledger.Unknown,
            UnexpectedMoves = ledger.Unexpected,
            Batches = probe.Batches,
            MeanBatchSize = probe.Batches > 0 ? Math.Round((double)probe.Entries / probe.Batches, 1) : 0,
            StatusChanges = probe.StatusChanges,
            ConsoleLost = probe.Lost,
            Latency = ledger.Latency.Summarize(),
            RoundTrip = counters.RoundTrip.Summarize(),
        };
    }

    /// <summary>Waits at most <paramref name="drain"/> for outstanding answers and accepted fixes not yet on the console.</summary>
    static async Task DrainAsync(DeviceFleet fleet, FixLedger ledger, TimeSpan drain)
    {
        var started = Stopwatch.GetTimestamp();
        while ((fleet.InFlight > 0 || ledger.Pending > 0) && Stopwatch.GetElapsedTime(started) < drain)
            await Task.Delay(50);
    }

    static async Task WaitIdleAsync(DeviceFleet fleet, TimeSpan limit)
    {
        var started = Stopwatch.GetTimestamp();
        while (fleet.InFlight > 0 && Stopwatch.GetElapsedTime(started) < limit)
            await Task.Delay(20);
    }
}
