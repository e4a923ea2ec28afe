using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Incidents;

/// <summary>
/// A zone's intake desk. Intake is serial per zone, so two reports of the same problem cannot both become new
/// incidents. The answer to an intake is durable: the incident and the desk's record of it are written first.
/// The desk holds open incidents only (see <see cref="DeskState"/>): an incident that ends is written to the query
/// model and then leaves, so the desk's state, and the cost of each write of it, is bounded by the open work.
/// </summary>
public sealed class IncidentDeskGrain(
    [PersistentState("incident-desk", StorageNames.Dispatch)] IPersistentState<DeskState> state,
    CountyDirectory county,
    Listings<IncidentRecord> listings,
    IListingFeed<IncidentRecord> feed,
    DispatchClock time,
    ILogger<IncidentDeskGrain> log) : Grain, IIncidentDeskGrain
{
    /// <summary>How often the desk writes its open incidents to the query model again, repairing any change whose
    /// background write was lost (a silo that died with its queue).</summary>
    static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);

    DuplicateCells _cells = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _cells = new DuplicateCells(county.Data.Incidents.Duplicates.RadiusMeters);
        // Only open ones are merge targets. An ended summary here is a desk that never heard the end (a lost one-way
        // call), or one stored before desks held open work only: the first sweep reads it and lets it go.
        foreach (var i in state.State.Incidents.Values.Where(i => i.Status.IsOpen())) _cells.Put(Open(i));
        // Kept alive by its timer: a quiet zone's desk must still retry what waits for the store and sweep at night.
        this.RegisterGrainTimer(_ => Sweep(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(30), SweepEvery) { Interleave = false, KeepAlive = true });
        return Task.CompletedTask;
    }

    public async Task<IntakeResult> Intake(NewIncident report, Actor who, string? idempotencyKey)
    {
        var now = time.GetUtcNow();
        var zoneId = this.GetPrimaryKeyString();
        var key = idempotencyKey is { Length: > 0 } k ? GrainFactory.GetGrain<IIntakeKeyGrain>($"{zoneId}/{who.Username}:{k}") : null;
        if (key is not null && await key.Seen() is { } seen)
        {
            var same = await GrainFactory.GetGrain<IIncidentGrain>(seen.IncidentId).Get();
            if (same is not null) return new IntakeResult(same, seen.Merged);
        }

        var category = county.Category(report.Category) ?? throw new InvalidRequestException($"未知的事件类别：{report.Category}");
        var settings = county.Data.Incidents;
        if (settings.Duplicates.MergeTarget(_cells.Near(report.Category, report.Location), report.Category, report.Location, now) is { } target)
        {
            var merged = await GrainFactory.GetGrain<IIncidentGrain>(target.Id).AddReport(who, report.Description, report.Location);
            if (key is not null) await key.Remember(new IntakeKeySeen(merged.Id, true, now));
            log.LogInformation("Report by {User} merged into {IncidentId}", who.Username, merged.Id);
            return new IntakeResult(merged, true);
        }

        var number = IncidentNumber.Next(state.State.Day is { Length: > 0 } last ? new(last, state.State.Sequence) : null, now);
        (state.State.Day, state.State.Sequence) = (number.Day, number.Sequence);
        var id = number.IdIn(zoneId);
        var record = IncidentReport.Open(report, id, zoneId, category, settings, who, now);
        // The desk's own record first (so the number is never reused), then the incident, then the key.
        Hold(IncidentSummary.Of(record));
        await state.WriteStateAsync();
        var created = await GrainFactory.GetGrain<IIncidentGrain>(id).Create(record);
        if (key is not null) await key.Remember(new IntakeKeySeen(id, false, now));
        return new IntakeResult(created, false);
    }

    public Task<IReadOnlyList<IncidentSummary>> List() =>
        Task.FromResult<IReadOnlyList<IncidentSummary>>(state.State.Incidents.Values.ToList());

    public async Task Updated(IncidentRecord incident)
    {
        var known = state.State.Incidents.GetValueOrDefault(incident.Id)?.UpdatedAt ?? state.State.Leaving.GetValueOrDefault(incident.Id)?.UpdatedAt;
        if (known > incident.UpdatedAt) return;
        if (incident.Status.IsOpen())
        {
            // Reopened (rework) while its older ended copy waits for the store: the open one is the truth now.
            var reopened = state.State.Leaving.Remove(incident.Id);
            var summary = IncidentSummary.Of(incident);
            if (!reopened && state.State.Incidents.GetValueOrDefault(incident.Id) == summary) return;
            Hold(summary);
            await state.WriteStateAsync();
            return;
        }
        // Into the query model first, awaited: an ended incident is never missing from both, and a change to one that
        // already left (a late rating) reaches the history even if the background write is lost.
        Release(incident);
        await WriteLeaving();
    }

    public async Task OfficerAvailable(string officerId)
    {
        if (county.Officer(officerId) is not { } officer) return;
        var waiting = state.State.Incidents.Values
            .Where(i => i.AwaitingOfficer && i.Status == IncidentStatus.Registered && i.DepartmentId == officer.DepartmentId)
            .OrderBy(i => i.CreatedAt).Select(i => i.Id).ToList();
        foreach (var id in waiting)
        {
            // One officer takes one incident: the oldest waiting one of its department.
            try { if (await GrainFactory.GetGrain<IIncidentGrain>(id).RetryAutoDispatch(officerId)) return; }
            catch (Exception e) { log.LogWarning(e, "Retrying auto-dispatch of {IncidentId} for {OfficerId} failed", id, officerId); }
        }
    }

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));

    void Hold(IncidentSummary summary)
    {
        state.State.Incidents[summary.Id] = summary;
        _cells.Put(Open(summary));
    }

    /// <summary>An ended incident stops being open work at once (no merge target, no waiting dispatch) and waits to leave.</summary>
    void Release(IncidentRecord ended)
    {
        state.State.Incidents.Remove(ended.Id);
        _cells.Remove(ended.Id);
        state.State.Leaving[ended.Id] = ended;
    }

    static OpenIncident Open(IncidentSummary i) => new(i.Id, i.Category, i.Location, i.CreatedAt);

    /// <summary>Ended incidents go to the query model, then leave the desk; if the store fails they wait here for the sweep.</summary>
    async Task WriteLeaving()
    {
        var leaving = state.State.Leaving.Values.ToList();
        try
        {
            await listings.Write(leaving);
            foreach (var r in leaving) state.State.Leaving.Remove(r.Id);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Desk {ZoneId}: {Count} ended incidents wait for the query model", this.GetPrimaryKeyString(), leaving.Count);
        }
        await state.WriteStateAsync();
    }

    /// <summary>How many incident grains the sweep reads at once.</summary>
    const int SweepBatch = 32;

    /// <summary>
    /// Writes every open incident to the query model again (repairing a background write a dying silo lost), and lets
    /// go of any the desk holds that has ended unheard or was never created.
    /// </summary>
    public async Task Sweep()
    {
        var changed = false;
        foreach (var batch in state.State.Incidents.Keys.ToList().Chunk(SweepBatch))
        {
            var read = await Task.WhenAll(batch.Select(async id =>
            {
                try { return (id, Ok: true, Record: await GrainFactory.GetGrain<IIncidentGrain>(id).Get()); }
                catch (Exception e) { log.LogWarning(e, "Desk sweep could not read {IncidentId}", id); return (id, Ok: false, Record: null); }
            }));
            foreach (var (id, ok, record) in read)
                switch (ok, record)
                {
                    case (false, _): break;
                    case (true, null):
                        // Numbered, but the incident was never created (its intake failed and its caller was told so).
                        log.LogWarning("Desk {ZoneId}: {IncidentId} was never created; it leaves the desk", this.GetPrimaryKeyString(), id);
                        state.State.Incidents.Remove(id);
                        _cells.Remove(id);
                        changed = true;
                        break;
                    case (true, { } r) when r.Status.IsOpen():
                        feed.Changed(r);
                        break;
                    case (true, { } r):
                        Release(r with { Timeline = [] });
                        changed = true;
                        break;
                }
        }
        if (changed || state.State.Leaving.Count > 0) await WriteLeaving();
    }
}
