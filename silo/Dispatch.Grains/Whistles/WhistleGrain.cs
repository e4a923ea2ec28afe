using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts.Common;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Officers;
using Dispatch.Grains.Contracts.Push;
using Dispatch.Grains.Contracts.Whistles;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Whistles;

/// <summary>
/// One whistle. Thin: asks <see cref="WhistleRules"/> what an action means, moves the officers, persists, then tells the
/// query model, the desk, the consoles and the devices. Time limits are watched by a durable reminder while the whistle is open.
/// </summary>
public sealed class WhistleGrain(
    [PersistentState("whistle", StorageNames.Dispatch)] IPersistentState<WhistleHolder> state,
    CountyDirectory county,
    IWhistlePush push,
    IListingFeed<WhistleRecord> listings,
    Listings<WhistleRecord> history,
    DispatchClock time,
    ILogger<WhistleGrain> log) : Grain, IWhistleGrain, IRemindable
{
    const string TimeLimitReminder = "time-limits";

    WhistleRecord Record => state.State.Record ?? throw new InvalidRequestException($"未知的吹哨：{this.GetPrimaryKeyString()}");

    public async Task<WhistleRecord> Create(WhistleRecord initial)
    {
        if (state.State.Record is { } existing) return existing;
        state.State.Record = initial;
        await state.WriteStateAsync();
        if (initial.IsOpen) await this.RegisterOrUpdateReminder(TimeLimitReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        if (initial.IncidentId is { } incidentId)
            await Safely(() => GrainFactory.GetGrain<IIncidentGrain>(incidentId).LinkWhistle(initial.Id, Actor.System));
        await Announce(initial, initial);
        return initial;
    }

    public Task<WhistleRecord?> Get() => Task.FromResult(state.State.Record);

    public async Task<WhistleRecord> Act(WhistleAction action, Actor who, WhistleInput input)
    {
        var before = Record;
        var outcome = WhistleRules.Apply(before, action, who, input, time.GetUtcNow(), county.Officer, county.Data.Whistles);
        if (outcome.Refusal is { } refusal)
            throw refusal.ToException();
        var after = outcome.Record!;

        // Officers named are taken first: if one cannot come (off duty, on other work), nothing is written.
        var assigned = outcome.Moves.Where(m => m.Step == WorkStep.Assigned).ToList();
        var taken = new List<string>();
        try
        {
            foreach (var move in assigned)
            {
                await Officer(move.OfficerId).Work(before.Id, WorkStep.Assigned);
                taken.Add(move.OfficerId);
            }
            state.State.Record = after;
            await state.WriteStateAsync();
        }
        catch
        {
            foreach (var id in taken) await Safely(() => Officer(id).Work(before.Id, WorkStep.Released));
            state.State.Record = before;
            throw;
        }
        log.LogInformation("Whistle {WhistleId} {Action} by {User} ({Role}): {From} -> {To}", before.Id, action, who.Username, who.Role, before.Status, after.Status);

        foreach (var move in outcome.Moves.Except(assigned)) await Safely(() => Officer(move.OfficerId).Work(before.Id, move.Step));
        if (before.Status != WhistleStatus.Open && after.Status == WhistleStatus.Open)
            await this.RegisterOrUpdateReminder(TimeLimitReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        if (!after.IsOpen) await StopWatching();
        await Announce(before, after);
        return after;
    }

    public async Task<IReadOnlyList<Recommendation>> Recommend(string departmentId, Actor who)
    {
        var w = Record;
        if (w.Part(departmentId) is null) throw new InvalidRequestException("该吹哨没有召集此部门（departmentId）");
        var zones = county.Data.Zones.Select(z => z.Id).Append(ZoneKeys.CountyLevel).Distinct();
        var tables = await Task.WhenAll(zones.Select(z => GrainFactory.GetGrain<IZoneGrain>(z).GetOfficers()));
        var candidates = tables.SelectMany(t => t)
            .Select(l => (Live: l, Profile: county.Officer(l.OfficerId)))
            .Where(x => x.Profile is { } p && p.DepartmentId == departmentId && who.Scope.CanSeeOfficer(p))
            .Select(x => new CandidateOfficer(x.Profile!, x.Live.Status, x.Live.Position is { } p ? new GeoPoint(p.Lat, p.Lon) : null));
        return DispatchCandidates.Recommend(candidates, departmentId, null, w.Location, w.TownshipId, w.Part(departmentId)!.Officers.ToList());
    }

    public async Task CheckDeadlines()
    {
        if (state.State.Record is not { } w) return;
        var now = time.GetUtcNow();
        var due = WhistleWatch.Due(w, now, county.Data.Whistles);
        if (due.Count == 0) return;
        var after = WhistleWatch.Record(w, due, now);
        state.State.Record = after;
        await state.WriteStateAsync();
        foreach (var lapse in due)
            log.LogWarning("Whistle {WhistleId}: {DepartmentId} missed its {Stage} limit ({Due}): {Level}", w.Id, lapse.DepartmentId, lapse.Stage, lapse.Due, lapse.Level);
        await Announce(w, after);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlines();

    /// <summary>
    /// A finished whistle has left its desk (or is leaving it), so no sweep would repair a lost write of this change (a
    /// rating after closing, say): it reaches the query model before the caller hears it succeeded; only while the
    /// store does not answer does it go by the background feed instead.
    /// </summary>
    async Task Finished(WhistleRecord w)
    {
        try { await history.Write([w]); }
        catch (Exception e)
        {
            log.LogWarning(e, "Whistle {WhistleId}: the query model did not take the finished whistle; it goes by the background feed", w.Id);
            listings.Changed(w);
        }
    }

    async Task Announce(WhistleRecord before, WhistleRecord after)
    {
        if (after.IsOpen) listings.Changed(after);
        else await Finished(after);
        await Safely(() => GrainFactory.GetGrain<IWhistleDeskGrain>(after.ZoneId).Updated(after with { Timeline = [] }));
        await Safely(() => push.WhistleChanged(after));
        // Each officer newly sent gets the task on its device.
        foreach (var part in after.Departments)
        foreach (var officerId in part.Officers.Except(before.Part(part.DepartmentId)?.Officers ?? []))
            await Safely(() => push.WhistleTaskOffered(officerId, after, part.DepartmentId));
    }

    async Task StopWatching()
    {
        if (await this.GetReminder(TimeLimitReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    IOfficerGrain Officer(string id) => GrainFactory.GetGrain<IOfficerGrain>(id);

    Task Safely(Func<Task> action) => FollowUp.Safely(log, "Whistle", this.GetPrimaryKeyString(), action);
}
