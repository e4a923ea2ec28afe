using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Whistles;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Whistles;

/// <summary>
/// A zone's whistle desk: numbers whistles <c>W-{zone}-{yyyyMMdd}-{nnnn}</c> and keeps the zone's open whistles, without
/// their timelines (the whistle grain holds those). The desk's record is written before the whistle, so a number is
/// never handed out twice. A whistle that finishes is written to the query model, awaited, and then leaves (see
/// <see cref="WhistleDeskState"/>): lists and the scorecard read the query model, and the desk's state, rewritten on
/// each change of an open whistle, never holds the zone's history (the load tool once saw turns of over a second when
/// one state held ~700 whistles).
/// </summary>
public sealed class WhistleDeskGrain(
    [PersistentState("whistle-desk", StorageNames.Dispatch)] IPersistentState<WhistleDeskState> state,
    CountyDirectory county,
    Listings<WhistleRecord> listings,
    IListingFeed<WhistleRecord> feed,
    DispatchClock time,
    ILogger<WhistleDeskGrain> log) : Grain, IWhistleDeskGrain
{
    /// <summary>How often finished whistles that could not be written to the query model are tried again.</summary>
    static readonly TimeSpan Retry = TimeSpan.FromMinutes(1);

    /// <summary>How often the desk writes its open whistles to the query model again, repairing any change whose
    /// background write was lost (a silo that died with its queue), and lets go of any that finished unheard.</summary>
    static readonly TimeSpan Sweep = TimeSpan.FromMinutes(5);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Kept alive by its timers: a quiet zone's desk must still retry what waits for the store and sweep at night.
        this.RegisterGrainTimer(_ => RetryLeaving(), new GrainTimerCreationOptions(Retry, Retry) { Interleave = false, KeepAlive = true });
        this.RegisterGrainTimer(_ => SweepOpen(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(30), Sweep) { Interleave = false, KeepAlive = true });
        return Task.CompletedTask;
    }

    public async Task<WhistleRecord> File(NewWhistle whistle, Actor who)
    {
        var now = time.GetUtcNow();
        var number = IncidentNumber.Next(state.State.Day is { Length: > 0 } last ? new(last, state.State.Sequence) : null, now);
        (state.State.Day, state.State.Sequence) = (number.Day, number.Sequence);
        var id = "W-" + number.IdIn(this.GetPrimaryKeyString());
        var record = WhistleRules.File(id, whistle, who, now, county.Data.Whistles);
        state.State.Open[id] = Indexed(record);
        await state.WriteStateAsync();
        var created = await GrainFactory.GetGrain<IWhistleGrain>(id).Create(record);
        log.LogInformation("Whistle {WhistleId} raised by {User} in {TownshipId}: {Urgency}, {Departments}", id, who.Username, whistle.TownshipId,
            whistle.Urgency, string.Join(",", whistle.Parts.Select(p => p.DepartmentId)));
        return created;
    }

    public Task<IReadOnlyList<WhistleRecord>> List() =>
        Task.FromResult<IReadOnlyList<WhistleRecord>>(state.State.Open.Values.ToList());

    public async Task Updated(WhistleRecord whistle)
    {
        var known = state.State.Open.GetValueOrDefault(whistle.Id) ?? state.State.Leaving.GetValueOrDefault(whistle.Id);
        if (known is not null && known.UpdatedAt > whistle.UpdatedAt) return;
        if (whistle.IsOpen)
        {
            state.State.Leaving.Remove(whistle.Id);
            state.State.Open[whistle.Id] = Indexed(whistle);
            await state.WriteStateAsync();
            return;
        }
        // Into the query model first, awaited: a finished whistle is never missing from both, and a change to one that
        // already left (a late rating) reaches the history even if the background write is lost.
        state.State.Open.Remove(whistle.Id);
        state.State.Leaving[whistle.Id] = Indexed(whistle);
        await WriteLeaving(changed: true);
    }

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));

    static WhistleRecord Indexed(WhistleRecord w) => w.Timeline.Count == 0 ? w : w with { Timeline = [] };

    /// <summary>Finished whistles go to the query model, then leave; if the store fails they wait in <c>Leaving</c> for the retry.</summary>
    async Task WriteLeaving(bool changed)
    {
        var leaving = state.State.Leaving.Values.ToList();
        try
        {
            await listings.Write(leaving);
            foreach (var w in leaving) state.State.Leaving.Remove(w.Id);
            changed |= leaving.Count > 0;
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Whistle desk {ZoneId}: {Count} finished whistles wait for the query model", this.GetPrimaryKeyString(), leaving.Count);
        }
        if (changed) await state.WriteStateAsync();
    }

    Task RetryLeaving() => state.State.Leaving.Count > 0 ? WriteLeaving(changed: false) : Task.CompletedTask;

    async Task SweepOpen()
    {
        var finished = false;
        foreach (var id in state.State.Open.Keys.ToList())
        {
            try
            {
                switch (await GrainFactory.GetGrain<IWhistleGrain>(id).Get())
                {
                    case { IsOpen: true } w:
                        feed.Changed(w);
                        break;
                    case { } w:
                        // Finished, and the desk never heard (a lost one-way call): it leaves as if it had.
                        state.State.Open.Remove(id);
                        state.State.Leaving[id] = Indexed(w);
                        finished = true;
                        break;
                    case null:
                        // Numbered, but the whistle itself was never created (the filing failed and its caller was told).
                        log.LogWarning("Whistle desk {ZoneId}: {WhistleId} was never created; it leaves the desk", this.GetPrimaryKeyString(), id);
                        state.State.Open.Remove(id);
                        finished = true;
                        break;
                }
            }
            catch (Exception e) { log.LogWarning(e, "Whistle desk sweep could not read {WhistleId}", id); }
        }
        if (finished) await WriteLeaving(changed: true);
    }
}
