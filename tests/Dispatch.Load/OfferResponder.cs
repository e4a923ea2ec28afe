using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// The devices' side of an assignment: on <c>assignmentOffered</c> the arrival is stamped in the
/// <see cref="OfferLedger"/> first thing, then the officer works the incident through at once (acknowledge,
/// arrive, handle with its own token), which frees it for the next incident.
/// </summary>
public sealed class OfferResponder(IncidentApi api, OfferLedger ledger)
{
    const int MaxKinds = 5;
    long _completed, _failed;
    int _inFlight;
    readonly ConcurrentDictionary<string, long> _failureKinds = new();
    readonly CancellationTokenSource _abort = new();

    /// <summary>Incidents worked through to handled.</summary>
    public long Completed => Interlocked.Read(ref _completed);
    public long Failed => Interlocked.Read(ref _failed);
    public int InFlight => Volatile.Read(ref _inFlight);
    public IReadOnlyDictionary<string, long> FailureKinds => _failureKinds.OrderByDescending(k => k.Value).Take(MaxKinds).ToDictionary();
    /// <summary>Offer received → handle answered, ms: how long an officer is away from the pool.</summary>
    public LatencyStats OfferToFree { get; } = new();

    public void Attach(Device device) =>
        device.Connection.On<AssignmentOffer>(IncidentNames.AssignmentOffered, offer =>
        {
            var now = Stopwatch.GetTimestamp();
            ledger.Offered(offer.IncidentId, device.OfficerId, now);
            Complete(device, offer.IncidentId, now);
        });

    /// <summary>Works <paramref name="incidentId"/> through from wherever it stands (leftovers of an earlier run too).</summary>
    public void Complete(Device device, string incidentId, long offeredAt, int firstStep = 0)
    {
        Interlocked.Increment(ref _inFlight);
        _ = CompleteAsync(device, incidentId, offeredAt, firstStep);
    }

    async Task CompleteAsync(Device device, string incidentId, long offeredAt, int firstStep)
    {
        try
        {
            for (var step = firstStep; step < IncidentNames.CompletionActions.Length; step++)
                await api.ActAsync(device, incidentId, IncidentNames.CompletionActions[step], _abort.Token);
            Interlocked.Increment(ref _completed);
            OfferToFree.Add(LatencyStats.ElapsedMs(offeredAt, Stopwatch.GetTimestamp()));
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _failed);
            var kind = e is OperationCanceledException && _abort.IsCancellationRequested ? "not finished before the drain ended" : FleetCounters.Describe(e);
            _failureKinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>Forgets the counts so far (after the warm-up).</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref _completed, 0);
        Interlocked.Exchange(ref _failed, 0);
        _failureKinds.Clear();
        OfferToFree.Clear();
    }

    /// <summary>Gives up on completions still running (end of the drain).</summary>
    public void Abort() => _abort.Cancel();
}
