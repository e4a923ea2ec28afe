using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Common;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Officers;
using Dispatch.Grains.Contracts.Push;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Incidents;

/// <summary>
/// One incident. Thin: asks <see cref="IncidentRules"/> what an action means, moves the officer, persists, then tells
/// the desk, the consoles and the device. Deadlines are watched by a durable reminder while the incident is open.
/// </summary>
public sealed class IncidentGrain(
    [PersistentState("incident", StorageNames.Dispatch)] IPersistentState<IncidentHolder> state,
    CountyDirectory county,
    IIncidentPush push,
    IListingFeed<IncidentRecord> listings,
    Listings<IncidentRecord> history,
    DispatchClock time,
    ILogger<IncidentGrain> log) : Grain, IIncidentGrain, IRemindable
{
    const string DeadlineReminder = "deadlines";

    IncidentRecord Record => state.State.Record ?? throw new InvalidRequestException($"未知的事件：{this.GetPrimaryKeyString()}");

    public async Task<IncidentRecord> Create(IncidentRecord initial)
    {
        if (state.State.Record is { } existing) return existing; // a retried create is the same incident
        state.State.Record = initial;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(DeadlineReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        log.LogInformation("Incident {IncidentId} reported by {User}: {Category} {Priority} in {ZoneId}", initial.Id, initial.ReportedBy, initial.Category, initial.Priority, initial.ZoneId);
        await Announce(initial);
        if (AutoDispatchPolicy.StartsAfter(null, initial, county.Data.Incidents))
            await AutoDispatch();
        return state.State.Record;
    }

    public Task<IncidentRecord?> Get() => Task.FromResult(state.State.Record);

    public async Task<IncidentRecord> Act(IncidentAction action, Actor who, ActionInput input)
    {
        var before = Record;
        var context = new ActionContext(input.OfficerId is { } officerId ? county.Officer(officerId) : null,
            county.Category(before.Category), county.Data.Incidents);
        var outcome = IncidentRules.Apply(before, action, who, input, time.GetUtcNow(), context);
        if (outcome.Refusal is { } refusal)
            throw refusal.ToException();
        var after = IncidentVersions.After(before, outcome.Record!);

        // The officer moves first: if the officer cannot take the work, nothing is written.
        // The rules have already checked that the caller commands this officer, so the officer's state may be told.
        if (action == IncidentAction.Dispatch)
            await Officer(input.OfficerId!).Work(before.Id, WorkStep.Assigned);

        state.State.Record = after;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            if (action == IncidentAction.Dispatch) await Officer(input.OfficerId!).Work(before.Id, WorkStep.Released);
            state.State.Record = before;
            throw;
        }
        log.LogInformation("Incident {IncidentId} {Action} by {User} ({Role}): {From} -> {To}", before.Id, action, who.Username, who.Role, before.Status, after.Status);

        await FollowOfficer(before, after, action);
        await Announce(after);
        if (after.Status == IncidentStatus.Registered && AutoDispatchPolicy.StartsAfter(before, after, county.Data.Incidents))
            await AutoDispatch();
        if (!after.Status.IsOpen())
            await StopWatching();
        if (before.Status.IsOpen() && !after.Status.IsOpen())
            foreach (var ticket in after.HotlineTickets)
                await Safely(() => GrainFactory.GetGrain<Contracts.Hotline.IHotlineTicketGrain>(ticket).IncidentEnded(after));
        return state.State.Record!;
    }

    public async Task<IncidentRecord> AddReport(Actor who, string description, GeoPoint where)
    {
        state.State.Record = IncidentVersions.After(Record, IncidentRules.AddReport(Record, who, description, where, time.GetUtcNow()));
        await state.WriteStateAsync();
        await Announce(state.State.Record);
        return state.State.Record;
    }

    public async Task<IncidentRecord> LinkWhistle(string whistleId, Actor who)
    {
        var linked = IncidentRules.LinkWhistle(Record, who, whistleId, time.GetUtcNow());
        if (linked == Record) return linked;
        linked = IncidentVersions.After(Record, linked);
        state.State.Record = linked;
        await state.WriteStateAsync();
        log.LogInformation("Incident {IncidentId} escalated to whistle {WhistleId} by {User}", linked.Id, whistleId, who.Username);
        await Announce(linked);
        return linked;
    }

    public async Task<IncidentRecord> AddEvidence(EvidenceRef evidence, Actor who)
    {
        var (added, refusal) = IncidentRules.AddEvidence(Record, evidence, who);
        if (refusal is not null)
            throw refusal.ToException();
        added = IncidentVersions.After(Record, added!);
        state.State.Record = added;
        await state.WriteStateAsync();
        await Announce(added);
        return added;
    }

    public async Task<IncidentRecord> FollowHotline(string ticketId)
    {
        if (Record.HotlineTickets.Contains(ticketId)) return Record;
        state.State.Record = Record with { HotlineTickets = [.. Record.HotlineTickets, ticketId] };
        await state.WriteStateAsync();
        log.LogInformation("Incident {IncidentId} followed by 12345 ticket {TicketId}", Record.Id, ticketId);
        return Record;
    }

    public Task<IReadOnlyList<Recommendation>> Recommend(Actor? who) => Recommend(who?.Scope);

    async Task<IReadOnlyList<Recommendation>> Recommend(Dispatch.Domain.Access.Scope? scope)
    {
        var r = Record;
        foreach (var tier in CandidateSearch.Tiers(r, county))
        {
            var tables = await Task.WhenAll(tier.Select(z => GrainFactory.GetGrain<IZoneGrain>(z).GetOfficers()));
            var candidates = tables.SelectMany(t => t)
                .Select(l => (Live: l, Profile: county.Officer(l.OfficerId)))
                .Where(x => x.Profile is not null && CandidateSearch.Shows(scope, x.Profile))
                .Select(x => new CandidateOfficer(x.Profile!, x.Live.Status, x.Live.Position is { } p ? new GeoPoint(p.Lat, p.Lon) : null));
            var found = DispatchCandidates.Recommend(candidates, r.DepartmentId, r.Qualification, r.Location, r.TownshipId, r.DeclinedBy);
            if (found.Count > 0) return found;
        }
        return [];
    }

    public async Task CheckDeadlines()
    {
        if (state.State.Record is not { } r) return;
        var due = DeadlineWatch.Due(r, time.GetUtcNow());
        if (due.Count > 0) await Escalate(r, due);
        // The minute tick also looks again for an officer for urgent work that waits (one of another zone may be free).
        if (state.State.Record is { AwaitingOfficer: true }) await RetryAutoDispatch(null);
    }

    async Task Escalate(IncidentRecord r, IReadOnlyList<Escalation> due)
    {
        var after = IncidentVersions.After(r, DeadlineWatch.Record(r, due));
        state.State.Record = after;
        await state.WriteStateAsync();
        foreach (var step in due)
        {
            log.LogWarning("Incident {IncidentId} {Deadline} deadline: {Level}", r.Id, step.Kind, step.Level);
            await Safely(() => push.IncidentEscalated(after, step));
        }
        await Announce(after);
        // An officer who lets an urgent offer lapse is skipped and the next one is offered.
        if (AutoDispatchPolicy.ReoffersAfter(due, after, county.Data.Incidents))
            await OfferNext("签收超时，转派下一位");
    }

    public async Task<bool> RetryAutoDispatch(string? officerId)
    {
        if (state.State.Record is not { AwaitingOfficer: true, Status: IncidentStatus.Registered } r || !AutoDispatches(r)) return false;
        if (officerId is null) return await OfferNext("有空闲队员，自动派遣", recordWaiting: false);
        // The officer that came free, checked by the same rules as any candidate (department, qualification, not declined).
        if (county.Officer(officerId) is not { } profile) return false;
        var live = await Officer(officerId).GetLive();
        var candidate = new CandidateOfficer(profile, live.Status, live.Position is { } p ? new GeoPoint(p.Lat, p.Lon) : null);
        if (DispatchCandidates.Recommend([candidate], r.DepartmentId, r.Qualification, r.Location, r.TownshipId, r.DeclinedBy).Count == 0) return false;
        return await TryDispatch(officerId, "有空闲队员，自动派遣");
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlines();

    async Task AutoDispatch()
    {
        var r = Record;
        if (r.Status == IncidentStatus.Reported)
            r = await Act(IncidentAction.Register, Actor.System, new ActionInput(Reason: "紧急事件自动立案"));
        if (r.Status != IncidentStatus.Registered) return;
        await OfferNext("紧急事件自动派遣");
    }

    async Task<bool> OfferNext(string reason, bool recordWaiting = true)
    {
        var r = Record;
        foreach (var candidate in await Recommend(scope: null))
            if (await TryDispatch(candidate.OfficerId, reason)) return true;
        if (!recordWaiting || r.AwaitingOfficer || r.Status != IncidentStatus.Registered) return false;

        // Urgent work never waits silently: the timeline says so, the consoles raise an alert, and the incident is
        // offered as soon as a qualified officer comes free (the desk hears of it) or, failing that, at the minute tick.
        var waiting = IncidentVersions.After(r, IncidentRules.AwaitOfficer(r, time.GetUtcNow()));
        state.State.Record = waiting;
        await state.WriteStateAsync();
        log.LogWarning("Incident {IncidentId}: no free qualified officer to auto-dispatch; waiting for one", r.Id);
        await Announce(waiting);
        await Safely(() => push.IncidentAwaitingOfficer(waiting));
        return false;
    }

    async Task<bool> TryDispatch(string officerId, string reason)
    {
        try
        {
            await Act(IncidentAction.Dispatch, Actor.System, new ActionInput(OfficerId: officerId, Reason: reason));
            return true;
        }
        catch (RuleRefusedException e)
        {
            log.LogInformation("Auto-dispatch of {IncidentId} skipped {OfficerId}: {Reason}", this.GetPrimaryKeyString(), officerId, e.Message);
            return false;
        }
    }

    bool AutoDispatches(IncidentRecord r) => AutoDispatchPolicy.Applies(r, county.Data.Incidents);
    async Task FollowOfficer(IncidentRecord before, IncidentRecord after, IncidentAction action)
    {
        var plan = OfficerFollowUp.After(before, after, action);
        if (plan.Release is { } released)
        {
            await Safely(() => Officer(released).Work(after.Id, WorkStep.Released));
            if (plan.TellReleased) await Safely(() => push.AssignmentWithdrawn(released, after.Id, IncidentNames.Of(action)));
        }
        if (plan.Offer is { } offered)
        {
            if (plan.AssignBeforeOffer) await Safely(() => Officer(offered).Work(after.Id, WorkStep.Assigned));
            var distance = await DistanceOf(offered, after.Location);
            var deadline = after.Deadlines.Where(d => !after.Met.Contains(d.Kind)).Select(d => (DateTimeOffset?)d.Due).Min();
            await Safely(() => push.AssignmentOffered(offered, new AssignmentOffer(after.Id, after.Category, after.Priority, after.Description, after.Location, distance, deadline)));
        }
        if (plan is { StepOfficer: { } working, Step: { } step }) await Safely(() => Officer(working).Work(after.Id, step));
    }

    async Task<double?> DistanceOf(string officerId, GeoPoint at) =>
        (await Officer(officerId).GetLive()).Position is { } p ? Math.Round(GeoDistance.Meters(new GeoPoint(p.Lat, p.Lon), at)) : null;

    async Task Announce(IncidentRecord r)
    {
        if (r.Status.IsOpen()) listings.Changed(r);
        else await Ended(r);
        await Safely(() => GrainFactory.GetGrain<IIncidentDeskGrain>(r.ZoneId).Updated(r with { Timeline = [] }));
        await Safely(() => push.IncidentChanged(r));
    }

    /// <summary>
    /// An ended incident has left its desk (or is leaving it), so no sweep would repair a lost write of this change (a
    /// late evaluation, say): it reaches the query model before the caller hears it succeeded; only while the store
    /// does not answer does it go by the background feed instead.
    /// </summary>
    async Task Ended(IncidentRecord r)
    {
        try { await history.Write([r]); }
        catch (Exception e)
        {
            log.LogWarning(e, "Incident {IncidentId}: the query model did not take the ended incident; it goes by the background feed", r.Id);
            listings.Changed(r);
        }
    }

    async Task StopWatching()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    IOfficerGrain Officer(string id) => GrainFactory.GetGrain<IOfficerGrain>(id);

    Task Safely(Func<Task> action) => FollowUp.Safely(log, "Incident", this.GetPrimaryKeyString(), action);
}
