using System.Collections.Concurrent;

namespace Dispatch.Load;

/// <summary>
/// Every incident of the run, keyed by id: when its POST was sent, when the 201 came back and whom it names, and
/// when (and on which device) <c>assignmentOffered</c> arrived. The offer can arrive before the 201 (the system
/// dispatches an urgent incident inside the POST), so both orders are recorded and the figures are computed at
/// the end, on one monotonic clock.
/// </summary>
public sealed class OfferLedger
{
    readonly ConcurrentDictionary<string, IncidentTiming> _incidents = new();
    long _offers;

    /// <summary>Offers received for incidents this run created (the first of each).</summary>
    public long Offers => Interlocked.Read(ref _offers);

    public void Created(string incidentId, long sentTimestamp, long createdTimestamp, string? assignedOfficerId)
    {
        var t = _incidents.GetOrAdd(incidentId, _ => new IncidentTiming());
        lock (t)
        {
            t.SentTimestamp = sentTimestamp;
            t.CreatedTimestamp = createdTimestamp;
            t.AssignedOfficerId = assignedOfficerId;
            if (t.OfferTimestamp is not null) Interlocked.Increment(ref _offers);
        }
    }

    public void Offered(string incidentId, string officerId, long timestamp)
    {
        var t = _incidents.GetOrAdd(incidentId, _ => new IncidentTiming());
        lock (t)
        {
            t.Offers++;
            if (t.OfferTimestamp is not null) return;
            t.OfferTimestamp = timestamp;
            t.OfferedTo = officerId;
            if (t.CreatedTimestamp is not null) Interlocked.Increment(ref _offers);
        }
    }

    /// <summary>Forgets everything (after the warm-up).</summary>
    public void Clear()
    {
        _incidents.Clear();
        Interlocked.Exchange(ref _offers, 0);
    }

    /// <summary>Created incidents assigned to one of <paramref name="fleet"/>'s officers whose offer has not arrived yet.</summary>
    public int AwaitingOffer(IReadOnlySet<string> fleet) =>
        _incidents.Values.Count(t => { lock (t) return t.CreatedTimestamp is not null && t.OfferTimestamp is null && t.AssignedOfficerId is { } o && fleet.Contains(o); });

    public OfferFigures Summarize(IReadOnlySet<string> fleet)
    {
        var createdToOffer = new LatencyStats();
        var reportToOffer = new LatencyStats();
        long notDispatched = 0, outsideFleet = 0, neverOffered = 0, wrongDevice = 0, duplicates = 0, unknown = 0, offered = 0, beforeCreated = 0;
        foreach (var t in _incidents.Values)
        {
            lock (t)
            {
                if (t.CreatedTimestamp is not { } created)
                {
                    unknown++; // an offer for an incident this run did not create (an earlier run's, re-offered)
                    continue;
                }
                if (t.Offers > 1) duplicates += t.Offers - 1;
                if (t.OfferTimestamp is { } offer)
                {
                    offered++;
                    if (offer < created) beforeCreated++;
                    createdToOffer.Add(LatencyStats.ElapsedMs(created, offer));
                    reportToOffer.Add(LatencyStats.ElapsedMs(t.SentTimestamp, offer));
                    if (t.OfferedTo != t.AssignedOfficerId) wrongDevice++;
                }
                else if (t.AssignedOfficerId is null) notDispatched++;
                else if (!fleet.Contains(t.AssignedOfficerId)) outsideFleet++;
                else neverOffered++;
            }
        }
        return new OfferFigures(offered, beforeCreated, notDispatched, outsideFleet, neverOffered, wrongDevice, duplicates, unknown,
            createdToOffer.Summarize(), reportToOffer.Summarize());
    }

    sealed class IncidentTiming
    {
        public long SentTimestamp;
        public long? CreatedTimestamp;
        public string? AssignedOfficerId;
        public long? OfferTimestamp;
        public string? OfferedTo;
        public int Offers;
    }
}

/// <param name="Offered">Created incidents whose offer reached a device.</param>
/// <param name="OffersBeforeCreated">Offers that reached the device before the 201 reached the reporter.</param>
/// <param name="NotDispatched">201 without an assigned officer: the system found nobody free and qualified.</param>
/// <param name="AssignedOutsideFleet">Assigned to an officer no device of this run holds (on duty from elsewhere).</param>
/// <param name="NeverOffered">Assigned to a fleet officer, but no offer arrived by the end of the drain.</param>
/// <param name="WrongDevice">The offer arrived on another officer's device than the 201 named.</param>
/// <param name="DuplicateOffers">Offers beyond the first for the same incident.</param>
/// <param name="UnknownOffers">Offers for incidents this run did not create.</param>
/// <param name="CreatedToOffer">201 received → assignmentOffered received, ms; negative when the offer came first.</param>
/// <param name="ReportToOffer">POST sent → assignmentOffered received, ms.</param>
public sealed record OfferFigures(long Offered, long OffersBeforeCreated, long NotDispatched, long AssignedOutsideFleet, long NeverOffered, long WrongDevice,
    long DuplicateOffers, long UnknownOffers, LatencySummary CreatedToOffer, LatencySummary ReportToOffer);
