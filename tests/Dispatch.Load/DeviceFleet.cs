using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// The simulated devices. Connects them with bounded parallelism, then one loop schedules every send: the
/// connected devices are spread evenly over the interval (device j of M reports at j × interval / M, then every
/// interval), each send runs as its own async invocation, and no device has a thread or timer of its own.
/// </summary>
public sealed class DeviceFleet(DeviceTarget target, RunOptions options, FleetCounters counters, FixLedger ledger) : IAsyncDisposable
{
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);
    readonly Device?[] _devices = new Device?[options.Devices];
    int _inFlight;
    volatile bool _stopping;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Signs in and connects every device; returns how long it took.</summary>
    public async Task<TimeSpan> ConnectAllAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(options.ConnectTimeout);
        using var progressStop = new CancellationTokenSource();
        var progress = ReportProgressAsync(started, progressStop.Token);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = timeout.Token };
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Devices), parallel, async (i, ct) =>
            {
                if (options.Ramp > TimeSpan.Zero)
                {
                    var wait = options.Ramp * ((double)i / options.Devices) - Stopwatch.GetElapsedTime(started);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                }
                try
                {
                    var device = await target.ConnectDeviceAsync(i, ct);
                    device.Connection.Closed += e => OnClosed(device, e);
                    _devices[i] = device;
                    counters.CountConnected();
                }
                catch (Exception e)
                {
                    // Cut short by the timeout or Ctrl+C: counted below with the devices never attempted.
                    if (!ct.IsCancellationRequested)
                        counters.CountConnectFailure(e is ConnectStepException or LoadException ? e.Message : FleetCounters.Describe(e));
                }
            });
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // --connect-timeout: go on with the devices that made it.
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: go on to the report with what there is.
        }
        progressStop.Cancel();
        await progress;
        var notConnected = options.Devices - counters.Connected - counters.ConnectFailures;
        for (var i = 0; i < notConnected; i++)
            counters.CountConnectFailure(stop.IsCancellationRequested ? "interrupted" : $"not connected within --connect-timeout {options.ConnectTimeout.TotalSeconds:0} s");
        return Stopwatch.GetElapsedTime(started);
    }

    public IReadOnlyList<Device> Connected => _devices.Where(d => d is not null).Select(d => d!).ToList();

    /// <summary>
    /// Each device walks from where the system last saw its officer, else from <paramref name="home"/>'s point
    /// for it (if given), else from a point of the load county's township block.
    /// </summary>
    public void AssignTrajectories(IReadOnlyDictionary<string, OfficerPosition> lastKnown, DateTimeOffset epoch,
        Func<Device, OfficerPosition?>? home = null)
    {
        foreach (var d in Connected)
            d.Path = Trajectory.For(d.Index, lastKnown.GetValueOrDefault(d.OfficerId) ?? home?.Invoke(d), epoch);
    }

    /// <summary>
    /// Sends for <see cref="RunOptions.Duration"/> (less if <paramref name="stop"/> fires); returns the length of
    /// the sending window. <paramref name="abort"/> cancels invocations still waiting for an answer.
    /// </summary>
    public async Task<TimeSpan> SendAsync(CancellationToken stop, CancellationToken abort)
    {
        var devices = Connected;
        if (devices.Count == 0) return TimeSpan.Zero;
        var step = options.Interval.TotalSeconds / devices.Count;
        var total = (long)Math.Ceiling(options.Duration.TotalSeconds / step);
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(Tick);
        long next = 0;
        try
        {
            while (true)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                while (next < total && next * step <= elapsed)
                {
                    Fire(devices[(int)(next % devices.Count)], abort);
                    next++;
                }
                if (next >= total) break;
                await timer.WaitForNextTickAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
            return Stopwatch.GetElapsedTime(started);
        }
        return options.Duration;
    }

    void Fire(Device device, CancellationToken abort)
    {
        if (device.Closed)
        {
            counters.CountSkipped();
            return;
        }
        Interlocked.Increment(ref _inFlight);
        _ = SendOneAsync(device, abort);
    }

    async Task SendOneAsync(Device device, CancellationToken abort)
    {
        try
        {
            // Device time = send time in whole milliseconds, so the console's `time` names this very fix.
            var now = DateTimeOffset.UtcNow;
            var deviceTime = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            var (lat, lon) = device.Path!.At(deviceTime);
            var entry = ledger.Sent(device.OfficerId, deviceTime);
            counters.CountSent();
            var ack = await target.SendAsync(device, new FixReport(Math.Round(lat, 7), Math.Round(lon, 7), 8, deviceTime), abort);
            counters.CountAnswer(ack, LatencyStats.ElapsedMs(entry.SentTimestamp, Stopwatch.GetTimestamp()));
            ledger.Answered(entry, ack.Accepted);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            counters.CountError(new TimeoutException("no answer before the drain ended"));
        }
        catch (Exception e)
        {
            counters.CountError(e);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    Task OnClosed(Device device, Exception? e)
    {
        if (!_stopping)
        {
            device.Closed = true;
            counters.CountConnectionLost(e);
        }
        return Task.CompletedTask;
    }

    async Task ReportProgressAsync(long started, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                Console.WriteLine($"  connecting: {counters.Connected}/{options.Devices} connected, {counters.ConnectFailures} failed " +
                                  $"({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 64 };
        var closing = Parallel.ForEachAsync(Connected, parallel, async (d, _) =>
        {
            try { await d.Connection.DisposeAsync(); }
            catch (Exception) { /* already gone */ }
        });
        try { await closing.WaitAsync(TimeSpan.FromSeconds(20)); }
        catch (TimeoutException) { Console.WriteLine("  some device connections did not close within 20 s; leaving them"); }
    }
}
