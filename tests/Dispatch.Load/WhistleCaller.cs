using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Dispatch.Load;

/// <summary>
/// Plays one whistle after another at a steady rate, each as the township, its leader and the desks would: raise
/// (township), approve (leader), assign one free officer of each named department (that department's desk, all
/// at once), wait until every expected push has arrived (at most <see cref="WhistleOptions.Drain"/>), then cancel
/// (township), which frees the officers for later whistles. Times the approval and the assignments in the
/// <see cref="WhistleLedger"/> and counts every refusal by stage.
/// </summary>
public sealed class WhistleCaller(WhistleOptions options, WhistleApi api, TownshipPoints points, WhistleLedger ledger, OfficerPools pools)
{
    const int MaxKinds = 6;
    static readonly WhistleActionBody Approval = new();
    long _sent, _created, _approved, _assigned, _cancelled, _noFreeOfficer, _officersLeftBusy;
    int _inFlight;
    readonly ConcurrentDictionary<string, long> _failures = new();
    readonly ConcurrentDictionary<string, long> _failureKinds = new();

    public long Sent => Interlocked.Read(ref _sent);
    public long Created => Interlocked.Read(ref _created);
    public long Approved => Interlocked.Read(ref _approved);
    public long Assigned => Interlocked.Read(ref _assigned);
    public long Cancelled => Interlocked.Read(ref _cancelled);
    /// <summary>Departments left unassigned on a whistle because the pool had nobody free: raise --officers-per-department.</summary>
    public long NoFreeOfficer => Interlocked.Read(ref _noFreeOfficer);
    /// <summary>Officers whose whistle could not be cancelled: they stay busy and out of the pool.</summary>
    public long OfficersLeftBusy => Interlocked.Read(ref _officersLeftBusy);
    public int InFlight => Volatile.Read(ref _inFlight);
    /// <summary>Refused or unanswered requests by stage (raise, approve, assign, cancel).</summary>
    public IReadOnlyDictionary<string, long> Failures => _failures.OrderBy(k => k.Key).ToDictionary();
    public long FailureTotal => _failures.Values.Sum();
    public IReadOnlyDictionary<string, long> FailureKinds => _failureKinds.OrderByDescending(k => k.Value).Take(MaxKinds).ToDictionary();

    /// <summary>POST /api/whistles → 201, approve → 200, assign → 200, cancel → 200, ms.</summary>
    public LatencyStats RaiseRoundTrip { get; } = new();
    public LatencyStats ApproveRoundTrip { get; } = new();
    public LatencyStats AssignRoundTrip { get; } = new();
    public LatencyStats CancelRoundTrip { get; } = new();

    /// <summary>Plays <paramref name="count"/> whistles at <paramref name="rate"/>/s; returns the window's length.
    /// <paramref name="abort"/> gives up on requests still unanswered.</summary>
    public Task<TimeSpan> RunAsync(double rate, long count, CancellationToken stop, CancellationToken abort) =>
        Pacer.RunAsync(rate, count, k =>
        {
            Interlocked.Increment(ref _inFlight);
            _ = PlayAsync(k, abort);
        }, stop);

    async Task PlayAsync(long k, CancellationToken abort)
    {
        var gateway = (int)(k % options.Urls.Count);
        var stage = "raise";
        string? id = null;
        var taken = new List<(string Department, string OfficerId)>();
        try
        {
            Interlocked.Increment(ref _sent);
            var request = new WhistleRequest($"{WhistleNames.TitlePrefix} #{k + 1}", "负载测试：审批后各部门值班台与派出队员的推送时延",
                points.ForOfficer(options.TownshipId, (int)k), options.TownshipId, WhistleNames.Urgency, options.Parts);
            var sent = Stopwatch.GetTimestamp();
            var raised = await api.RaiseAsync(gateway, options.Township, request, abort);
            if (raised.Status != HttpStatusCode.Created || raised.Whistle is not { } whistle)
            {
                Fail(stage, raised.Describe());
                return;
            }
            RaiseRoundTrip.Add(LatencyStats.ElapsedMs(sent, Stopwatch.GetTimestamp()));
            Interlocked.Increment(ref _created);
            id = whistle.Id;

            stage = "approve";
            sent = ledger.Approving(id, options.Departments);
            var approved = await api.ActAsync(gateway, options.Approver, id, "approve", Approval, abort);
            var answered = Stopwatch.GetTimestamp();
            if (approved.Status != HttpStatusCode.OK)
            {
                ledger.NotApproved(id);
                Fail(stage, approved.Describe());
                return;
            }
            ledger.Approved(id, answered);
            ApproveRoundTrip.Add(LatencyStats.ElapsedMs(sent, answered));
            Interlocked.Increment(ref _approved);

            stage = "assign";
            await Task.WhenAll(options.Departments.Select(d => AssignAsync(gateway, id, d, taken, abort)));
            try { await ledger.Settled(id).WaitAsync(options.Drain, abort); }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException)
            {
                // Not an error of a request: what has not arrived by the end is counted as a miss.
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            Fail(stage, "no answer before the drain ended");
        }
        catch (Exception e)
        {
            Fail(stage, FleetCounters.Describe(e));
        }
        finally
        {
            // Raised is cancelled, approved or not, so it holds no officer and leaves the desks' lists.
            if (id is not null) await CancelAsync(gateway, id, taken);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    async Task AssignAsync(int gateway, string id, string department, List<(string, string)> taken, CancellationToken abort)
    {
        if (!pools.TryTake(department, out var officerId))
        {
            Interlocked.Increment(ref _noFreeOfficer);
            return;
        }
        lock (taken) taken.Add((department, officerId));
        try
        {
            var sent = ledger.Assigning(id, officerId);
            var answer = await api.ActAsync(gateway, options.Desk(department), id, "assign", new WhistleActionBody(department, [officerId]), abort);
            var answered = Stopwatch.GetTimestamp();
            if (answer.Status != HttpStatusCode.OK)
            {
                ledger.NotAssigned(id, officerId);
                Fail("assign", answer.Describe());
                return;
            }
            ledger.Assigned(id, officerId, answered);
            AssignRoundTrip.Add(LatencyStats.ElapsedMs(sent, answered));
            Interlocked.Increment(ref _assigned);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            Fail("assign", "no answer before the drain ended");
        }
        catch (Exception e)
        {
            Fail("assign", FleetCounters.Describe(e));
        }
    }

    /// <summary>Cancels the whistle as the township; only then are its officers free again and back in the pool.</summary>
    async Task CancelAsync(int gateway, string id, List<(string Department, string OfficerId)> taken)
    {
        // Not cut short by the drain: a whistle left open keeps its officers busy for the next run.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var sent = Stopwatch.GetTimestamp();
            var answer = await api.ActAsync(gateway, options.Township, id, "cancel", new WhistleActionBody(Reason: WhistleNames.CancelReason), timeout.Token);
            if (answer.Status == HttpStatusCode.OK)
            {
                CancelRoundTrip.Add(LatencyStats.ElapsedMs(sent, Stopwatch.GetTimestamp()));
                Interlocked.Increment(ref _cancelled);
                foreach (var (department, officerId) in taken) pools.Return(department, officerId);
                return;
            }
            Fail("cancel", answer.Describe());
        }
        catch (Exception e)
        {
            Fail("cancel", FleetCounters.Describe(e));
        }
        Interlocked.Add(ref _officersLeftBusy, taken.Count);
    }

    void Fail(string stage, string kind)
    {
        _failures.AddOrUpdate(stage, 1, (_, n) => n + 1);
        var text = $"{stage}: {kind}";
        _failureKinds.AddOrUpdate(text.Length > 160 ? text[..160] + "…" : text, 1, (_, n) => n + 1);
    }
}

/// <summary>The connected officers of each named department that are free: a whistle takes one, its cancellation returns it.</summary>
public sealed class OfficerPools(IEnumerable<(string Department, string OfficerId)> officers)
{
    readonly Dictionary<string, ConcurrentQueue<string>> _free = officers.GroupBy(o => o.Department)
        .ToDictionary(g => g.Key, g => new ConcurrentQueue<string>(g.Select(o => o.OfficerId)));

    public bool TryTake(string department, out string officerId)
    {
        officerId = "";
        return _free.TryGetValue(department, out var q) && q.TryDequeue(out officerId!);
    }

    public void Return(string department, string officerId) => _free[department].Enqueue(officerId);

    public int Free(string department) => _free.TryGetValue(department, out var q) ? q.Count : 0;
}
