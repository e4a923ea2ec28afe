using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Whistles;

/// <summary>
/// A zone's whistle desk: numbers whistles <c>W-{zone}-{yyyyMMdd}-{nnnn}</c> and keeps the zone's whistles, without their
/// timelines (the whistle grain holds those), for lists and the scorecard. The desk's record is written before the
/// whistle, so a number is never handed out twice. Open and finished whistles are stored apart: the load tool showed
/// one state holding the zone's whole history, rewritten on each of the ~6 changes a whistle goes through, taking
/// turns of over a second once a zone had ~700 whistles.
/// </summary>
public sealed class WhistleDeskGrain(
    [PersistentState("whistle-desk", StorageNames.Dispatch)] IPersistentState<WhistleDeskState> state,
    [PersistentState("whistle-archive", StorageNames.Dispatch)] IPersistentState<WhistleArchiveState> archive,
    CountyDirectory county,
    DispatchClock time,
    ILogger<WhistleDeskGrain> log) : Grain, IWhistleDeskGrain
{
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
        Task.FromResult<IReadOnlyList<WhistleRecord>>([.. state.State.Open.Values, .. archive.State.Finished.Values]);

    public async Task Updated(WhistleRecord whistle)
    {
        var known = state.State.Open.GetValueOrDefault(whistle.Id) ?? archive.State.Finished.GetValueOrDefault(whistle.Id);
        if (known is not null && known.UpdatedAt > whistle.UpdatedAt) return;
        if (whistle.IsOpen)
        {
            state.State.Open[whistle.Id] = Indexed(whistle);
            await state.WriteStateAsync();
            return;
        }
        // Into the archive first: a whistle is never missing from both.
        archive.State.Finished[whistle.Id] = Indexed(whistle);
        await archive.WriteStateAsync();
        if (state.State.Open.Remove(whistle.Id)) await state.WriteStateAsync();
    }

    static WhistleRecord Indexed(WhistleRecord w) => w with { Timeline = [] };
}
