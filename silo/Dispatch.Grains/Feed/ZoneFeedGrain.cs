using Dispatch.Grains.Contracts.Officers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Feed;

/// <summary>
/// One activation per silo and zone. Coalesces fixes by officer so that a console gets at most one move per
/// officer per flush, however often devices report; status changes are kept in order. A flush updates the zone's
/// live table and publishes the batch to the consoles' SignalR groups (the Redis backplane in a cluster).
/// </summary>
[StatelessWorker(1)]
public sealed class ZoneFeedGrain(IConsoleFeed consoles, IOptions<FeedSettings> settings, ILogger<ZoneFeedGrain> log)
    : Grain, IZoneFeedGrain
{
    Dictionary<string, OfficerMoved> _moves = new(StringComparer.Ordinal);
    List<OfficerStatusChanged> _statusChanges = [];

    public override Task OnActivateAsync(CancellationToken ct)
    {
        var every = settings.Value.FlushInterval;
        this.RegisterGrainTimer(_ => Flush(), new GrainTimerCreationOptions(every, every));
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct) => Flush();

    public Task Publish(OfficerMoved move)
    {
        if (!_moves.TryGetValue(move.OfficerId, out var held) || held.Time < move.Time)
            _moves[move.OfficerId] = move;
        return Task.CompletedTask;
    }

    public Task PublishStatus(OfficerStatusChanged change)
    {
        _statusChanges.Add(change);
        // A move still held carries the old status: bring it up to date so the batch agrees with itself.
        if (_moves.TryGetValue(change.OfficerId, out var held))
            _moves[change.OfficerId] = held with { Status = change.Status };
        return Task.CompletedTask;
    }

    async Task Flush()
    {
        if (_moves.Count == 0 && _statusChanges.Count == 0) return;
        var batch = new ZoneBatch(this.GetPrimaryKeyString(), _moves.Values.ToList(), _statusChanges);
        _moves = new(StringComparer.Ordinal);
        _statusChanges = [];
        log.LogDebug("Zone {ZoneId} flushing {Moves} moves and {Changes} status changes", batch.ZoneId, batch.Moves.Count, batch.StatusChanges.Count);

        // Neither step may fail the other, and neither ever reaches back to the officers that published.
        try
        {
            await GrainFactory.GetGrain<IZoneGrain>(batch.ZoneId).Apply(batch).WaitAsync(settings.Value.StepTimeout);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Zone {ZoneId} table missed a batch of {Moves} moves", batch.ZoneId, batch.Moves.Count);
        }
        try
        {
            await consoles.Publish(batch).WaitAsync(settings.Value.StepTimeout);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Batch for zone {ZoneId} ({Moves} moves) not published to consoles", batch.ZoneId, batch.Moves.Count);
        }
    }
}
