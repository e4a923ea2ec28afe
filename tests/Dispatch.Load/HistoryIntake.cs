using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Dispatch.Load;

/// <summary>
/// Grows the history: <see cref="HistoryOptions.Concurrency"/> workers, each reporting one incident and at once
/// rejecting it (unless it is one of those left open), then the next. Not paced: the rate is what the system
/// sustains at that concurrency. Categories round-robin, gateways round-robin, points from <see cref="OpenSpacing"/>.
/// The run goes to a checkpoint and stops there, so the list is measured on a quiet system at a known size.
/// </summary>
public sealed class HistoryIntake(HistoryOptions o, HistoryApi api, IReadOnlyList<CategoryListing> categories, OpenSpacing spacing)
{
    /// <summary>
    /// At least this many failed incidents (report or reject), and more than half of all so far, end the run: the
    /// gateway refuses most of them, and a run whose rejections fail leaves every incident open, which is not the
    /// history this bench is about.
    /// </summary>
    const int GiveUpAfter = 100;
    const int MaxKinds = 10;

    readonly IReadOnlySet<long> _leaveOpen = o.OpenReports();
    readonly ConcurrentDictionary<string, long> _failureKinds = new();
    long _next, _reached, _created, _merged, _rejected, _leftOpen, _reportFailures, _rejectFailures, _done;

    public long Reached => Interlocked.Read(ref _reached);
    public long Created => Interlocked.Read(ref _created);
    /// <summary>Answered 200 merged: the report joined an open incident (of an earlier run: this run spaces its own).</summary>
    public long Merged => Interlocked.Read(ref _merged);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long LeftOpen => Interlocked.Read(ref _leftOpen);
    /// <summary>Reports answered with anything but 201, 200, 429 or 503, or not answered.</summary>
    public long ReportFailures => Interlocked.Read(ref _reportFailures);
    /// <summary>Rejections that failed: those incidents stay open.</summary>
    public long RejectFailures => Interlocked.Read(ref _rejectFailures);
    public IReadOnlyDictionary<string, long> FailureKinds => _failureKinds.OrderByDescending(k => k.Value).Take(MaxKinds).ToDictionary();
    /// <summary>Set when the run gave up because every report was refused.</summary>
    public string? GaveUp { get; private set; }

    /// <summary>Reports from where the last window ended up to <paramref name="end"/> (exclusive) and times them.</summary>
    public async Task<IntakeWindow> RunToAsync(long end, CancellationToken stop)
    {
        var from = Reached;
        Interlocked.Exchange(ref _next, from);
        var createdBefore = Created;
        var intake = new LatencyStats();
        var reject = new LatencyStats();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, o.Concurrency).Select(_ => Task.Run(() => WorkAsync(end, intake, reject, giveUp))));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var created = Created - createdBefore;
        return new IntakeWindow(from, Reached, created, Math.Round(seconds, 1), seconds > 0 ? Math.Round(created / seconds, 1) : 0,
            intake.Summarize(), reject.Summarize());
    }

    async Task WorkAsync(long end, LatencyStats intake, LatencyStats reject, CancellationTokenSource giveUp)
    {
        while (!giveUp.IsCancellationRequested)
        {
            var k = Interlocked.Increment(ref _next) - 1;
            if (k >= end) return;
            try
            {
                await OneAsync(k, intake, reject, giveUp.Token);
            }
            catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
            {
                return; // Ctrl+C: the report in flight is not counted
            }
            InterlockedMax(ref _reached, k + 1);
            var done = Interlocked.Increment(ref _done);
            var failed = ReportFailures + RejectFailures;
            if (failed >= GiveUpAfter && failed * 2 > done)
            {
                GaveUp ??= $"{failed:N0} of the first {done:N0} incidents failed (see the failures below)";
                giveUp.Cancel();
            }
        }
    }

    async Task OneAsync(long k, LatencyStats intake, LatencyStats reject, CancellationToken ct)
    {
        var category = categories[(int)(k % categories.Count)];
        var (townshipId, point) = spacing.Take(category.Id);
        var gateway = (int)(k % api.Urls.Count);
        var report = new IncidentReport(category.Id, $"历史负载 #{k + 1}：{category.Name}", HistoryNames.Priority, point, townshipId, HistoryNames.Source);
        HistoryAnswer answer;
        try { answer = await api.ReportAsync(gateway, o.Reporter, report, ct); }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            ReportFailed("report: " + FleetCounters.Describe(e)); // it may have been filed: its point stays held
            return;
        }
        if (answer.Status is not (HttpStatusCode.Created or HttpStatusCode.OK))
        {
            spacing.Ended(category.Id, point);
            ReportFailed(answer.Describe("report"));
            return;
        }
        intake.Add(answer.Ms);
        if (answer.Status == HttpStatusCode.OK)
        {
            // Merged into an incident that is not this run's: nothing new to reject, and the point opened nothing.
            Interlocked.Increment(ref _merged);
            spacing.Ended(category.Id, point);
            return;
        }
        Interlocked.Increment(ref _created);
        if (_leaveOpen.Contains(k))
        {
            Interlocked.Increment(ref _leftOpen);
            return;
        }
        var id = System.Text.Json.JsonSerializer.Deserialize<IncidentCreated>(answer.Body, LoadHttp.Json)?.Id;
        if (id is null)
        {
            RejectFailed("report 201 without an id");
            return;
        }
        try
        {
            var rejected = await api.RejectAsync(gateway, o.Reporter, id, ct);
            if (!rejected.Ok)
            {
                RejectFailed(rejected.Describe("reject"));
                return;
            }
            reject.Add(rejected.Ms);
            Interlocked.Increment(ref _rejected);
            spacing.Ended(category.Id, point);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            RejectFailed("reject: " + FleetCounters.Describe(e));
        }
    }

    void ReportFailed(string kind)
    {
        Interlocked.Increment(ref _reportFailures);
        CountFailure(kind);
    }

    void RejectFailed(string kind)
    {
        Interlocked.Increment(ref _rejectFailures);
        CountFailure(kind);
    }

    void CountFailure(string kind) =>
        _failureKinds.AddOrUpdate(kind.Length > 160 ? kind[..160] + "…" : kind, 1, (_, n) => n + 1);

    static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}

/// <summary>
/// The reports between two checkpoints: how many were created, over how much wall time, and the intake (POST round
/// trip, 201 and 200 alike) and reject latencies.
/// </summary>
public sealed record IntakeWindow(long From, long To, long Created, double Seconds, double ReportsPerSecond,
    LatencySummary Intake, LatencySummary Reject);
