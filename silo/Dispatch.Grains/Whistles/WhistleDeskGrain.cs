using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Whistles;

/// <summary>
/// A zone's whistle desk: numbers whistles <c>W-{zone}-{yyyyMMdd}-{nnnn}</c> and keeps the zone's whistles for lists and
/// the scorecard. The desk's record is written before the whistle, so a number is never handed out twice.
/// </summary>
public sealed class WhistleDeskGrain(
    [PersistentState("whistle-desk", StorageNames.Dispatch)] IPersistentState<WhistleDeskState> state,
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
        state.State.Whistles[id] = record;
        await state.WriteStateAsync();
        var created = await GrainFactory.GetGrain<IWhistleGrain>(id).Create(record);
        log.LogInformation("Whistle {WhistleId} raised by {User} in {TownshipId}: {Urgency}, {Departments}", id, who.Username, whistle.TownshipId,
            whistle.Urgency, string.Join(",", whistle.Parts.Select(p => p.DepartmentId)));
        return created;
    }

    public Task<IReadOnlyList<WhistleRecord>> List() => Task.FromResult<IReadOnlyList<WhistleRecord>>(state.State.Whistles.Values.ToList());

    public async Task Updated(WhistleRecord whistle)
    {
        if (state.State.Whistles.TryGetValue(whistle.Id, out var known) && known.UpdatedAt > whistle.UpdatedAt) return;
        state.State.Whistles[whistle.Id] = whistle;
        await state.WriteStateAsync();
    }
}
