using System.Collections.Concurrent;

namespace Dispatch.Load;

/// <summary>
/// Every whistle of the run, keyed by id: when its approval was sent and answered, when <c>whistleChanged</c> with
/// status open reached each named desk's console, and per assigned officer when the assignment was sent and answered
/// and when <c>whistleTaskOffered</c> reached that officer's device. A push can arrive before its request's answer
/// (the system pushes inside the request), so both orders are recorded and the figures are computed at the end, on
/// one monotonic clock. A whistle's waiter completes once every push it expects has arrived.
/// </summary>
public sealed class WhistleLedger
{
    readonly ConcurrentDictionary<string, WhistleTiming> _whistles = new();
    long _deskArrivals, _offers, _otherChanges, _unknownOffers;

    /// <summary>whistleChanged (open) arrivals on a named desk, the first per desk and whistle.</summary>
    public long DeskArrivals => Interlocked.Read(ref _deskArrivals);
    /// <summary>whistleTaskOffered arrivals on the assigned officer's device, the first per officer and whistle.</summary>
    public long Offers => Interlocked.Read(ref _offers);

    /// <summary>Called just before the approval is sent; returns the send timestamp.</summary>
    public long Approving(string whistleId, IReadOnlyList<string> desks)
    {
        var t = _whistles.GetOrAdd(whistleId, _ => new WhistleTiming());
        lock (t)
        {
            foreach (var d in desks) t.Desks[d] = null;
            t.ApproveSent = System.Diagnostics.Stopwatch.GetTimestamp();
            return t.ApproveSent;
        }
    }

    public void Approved(string whistleId, long answered) => With(whistleId, t => t.ApproveAnswered = answered);

    /// <summary>The approval was refused or unanswered: nothing is expected of this whistle any more.</summary>
    public void NotApproved(string whistleId) => _whistles.TryRemove(whistleId, out _);

    /// <summary>Called just before an assignment is sent; returns the send timestamp.</summary>
    public long Assigning(string whistleId, string officerId)
    {
        var sent = System.Diagnostics.Stopwatch.GetTimestamp();
        With(whistleId, t => t.Officers[officerId] = new OfferTiming { Sent = sent });
        return sent;
    }

    public void Assigned(string whistleId, string officerId, long answered) =>
        With(whistleId, t => { if (t.Officers.TryGetValue(officerId, out var o)) o.Answered = answered; });

    /// <summary>The assignment was refused or unanswered: no offer is expected for that officer.</summary>
    public void NotAssigned(string whistleId, string officerId) => With(whistleId, t => t.Officers.Remove(officerId));

    /// <summary>A whistleChanged on <paramref name="department"/>'s desk console.</summary>
    public void DeskSaw(string department, WhistleChange change, long at)
    {
        if (change.Status != WhistleNames.Open) return; // raised (pendingApproval) and cancelled: not measured
        if (!_whistles.TryGetValue(change.Id, out var t))
        {
            Interlocked.Increment(ref _otherChanges);
            return;
        }
        lock (t)
        {
            // The first open change after the approval was sent; later ones (each assignment) are not the approval's.
            if (!t.Desks.TryGetValue(department, out var seen) || seen is not null) return;
            t.Desks[department] = at;
            Interlocked.Increment(ref _deskArrivals);
            t.WakeIfSettled();
        }
    }

    /// <summary>A whistleTaskOffered on <paramref name="officerId"/>'s device.</summary>
    public void Offered(string whistleId, string officerId, long at)
    {
        if (!_whistles.TryGetValue(whistleId, out var t))
        {
            Interlocked.Increment(ref _unknownOffers);
            return;
        }
        lock (t)
        {
            if (!t.Officers.TryGetValue(officerId, out var o)) t.WrongDevice++;
            else if (o.Arrived is not null) t.Duplicates++;
            else
            {
                o.Arrived = at;
                Interlocked.Increment(ref _offers);
                t.WakeIfSettled();
            }
        }
    }

    /// <summary>Completes when every push expected of the whistle so far has arrived.</summary>
    public Task Settled(string whistleId)
    {
        if (!_whistles.TryGetValue(whistleId, out var t)) return Task.CompletedTask;
        lock (t)
        {
            if (t.IsSettled) return Task.CompletedTask;
            t.Waiter ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return t.Waiter.Task;
        }
    }

    /// <summary>Forgets everything (after the warm-up).</summary>
    public void Clear()
    {
        _whistles.Clear();
        Interlocked.Exchange(ref _deskArrivals, 0);
        Interlocked.Exchange(ref _offers, 0);
        Interlocked.Exchange(ref _otherChanges, 0);
        Interlocked.Exchange(ref _unknownOffers, 0);
    }

    public WhistleDeliveries Summarize()
    {
        var perDesk = new SortedDictionary<string, LatencyStats>(StringComparer.Ordinal);
        var approveToDesk = new LatencyStats();
        var assignToOffer = new LatencyStats();
        long approved = 0, deskMisses = 0, desksBeforeAnswer = 0, offerMisses = 0, offersBeforeAnswer = 0, wrongDevice = 0, duplicates = 0;
        foreach (var t in _whistles.Values)
        {
            lock (t)
            {
                if (t.ApproveAnswered is null) continue; // approval still unanswered when the run ended: counted as an error
                approved++;
                foreach (var (desk, arrived) in t.Desks)
                {
                    if (arrived is not { } at) { deskMisses++; continue; }
                    var ms = LatencyStats.ElapsedMs(t.ApproveSent, at);
                    approveToDesk.Add(ms);
                    (perDesk.TryGetValue(desk, out var s) ? s : perDesk[desk] = new LatencyStats()).Add(ms);
                    if (at < t.ApproveAnswered) desksBeforeAnswer++;
                }
                foreach (var o in t.Officers.Values)
                {
                    if (o.Arrived is not { } at) { offerMisses++; continue; }
                    assignToOffer.Add(LatencyStats.ElapsedMs(o.Sent, at));
                    if (o.Answered is { } answered && at < answered) offersBeforeAnswer++;
                }
                wrongDevice += t.WrongDevice;
                duplicates += t.Duplicates;
            }
        }
        return new WhistleDeliveries(approved, approveToDesk.Summarize(), perDesk.ToDictionary(k => k.Key, k => k.Value.Summarize()),
            deskMisses, desksBeforeAnswer, Interlocked.Read(ref _otherChanges),
            assignToOffer.Summarize(), offerMisses, offersBeforeAnswer, wrongDevice, duplicates, Interlocked.Read(ref _unknownOffers));
    }

    void With(string whistleId, Action<WhistleTiming> change)
    {
        if (!_whistles.TryGetValue(whistleId, out var t)) return;
        lock (t) change(t);
    }

    sealed class WhistleTiming
    {
        public long ApproveSent;
        public long? ApproveAnswered;
        public readonly Dictionary<string, long?> Desks = [];
        public readonly Dictionary<string, OfferTiming> Officers = [];
        public long WrongDevice, Duplicates;
        public TaskCompletionSource? Waiter;

        public bool IsSettled => Desks.Values.All(d => d is not null) && Officers.Values.All(o => o.Arrived is not null);

        public void WakeIfSettled()
        {
            if (Waiter is not null && IsSettled) Waiter.TrySetResult();
        }
    }

    sealed class OfferTiming
    {
        public long Sent;
        public long? Answered;
        public long? Arrived;
    }
}

/// <param name="Approved">Whistles whose approval was answered 200: each named desk should have seen it open.</param>
/// <param name="ApproveToDesk">Approval sent → whistleChanged (open) on a named desk's console, ms, every desk.</param>
/// <param name="ApproveToDeskByDepartment">The same per desk.</param>
/// <param name="DeskMisses">An approved whistle's desk that never saw it open.</param>
/// <param name="DesksBeforeAnswer">Desk arrivals before the approval's 200 reached the approver.</param>
/// <param name="OtherChanges">whistleChanged (open) for whistles this run did not approve (another client's, or the warm-up's).</param>
/// <param name="AssignToOffer">Assignment sent → whistleTaskOffered on the officer's device, ms.</param>
/// <param name="OfferMisses">Officers assigned (or whose assignment went unanswered) whose device was never offered the task.</param>
/// <param name="OffersBeforeAnswer">Offers that arrived before the assignment's 200.</param>
/// <param name="WrongDevice">Offers on a device whose officer was not assigned to that whistle.</param>
/// <param name="DuplicateOffers">Offers beyond the first for the same officer and whistle.</param>
/// <param name="UnknownOffers">Offers for whistles this run does not know.</param>
public sealed record WhistleDeliveries(long Approved, LatencySummary ApproveToDesk, IReadOnlyDictionary<string, LatencySummary> ApproveToDeskByDepartment,
    long DeskMisses, long DesksBeforeAnswer, long OtherChanges, LatencySummary AssignToOffer, long OfferMisses, long OffersBeforeAnswer,
    long WrongDevice, long DuplicateOffers, long UnknownOffers);
