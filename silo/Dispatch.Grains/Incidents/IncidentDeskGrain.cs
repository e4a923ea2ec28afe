using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts;
using Dispatch.QueryModel;
using Microsoft.Extensions.Logging;

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
    static readonly TimeSpan Sweep = TimeSpan.FromMinutes(5);

    DuplicateCells _cells = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _cells = new DuplicateCells(county.Data.Incidents.Duplicates.RadiusMeters);
        foreach (var i in state.State.Incidents.Values) _cells.Put(Open(i));
        this.RegisterGrainTimer(_ => SweepOpen(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(30), Sweep) { Interleave = false });
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
        if (state.State.Incidents.TryGetValue(incident.Id, out var known) && known.UpdatedAt > incident.UpdatedAt) return;
        if (incident.Status.IsOpen())
        {
            var summary = IncidentSummary.Of(incident);
            if (known == summary) return;
            Hold(summary);
            await state.WriteStateAsync();
            return;
        }
        // Into the query model first, awaited: an ended incident is never missing from both, and a change to one that
        // already left (a late rating) reaches the history even if the background write is lost.
        state.State.Leaving[incident.Id] = incident;
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

    static OpenIncident Open(IncidentSummary i) => new(i.Id, i.Category, i.Location, i.CreatedAt);

    /// <summary>Ended incidents go to the query model, then leave the desk; if the store fails they wait here for the sweep.</summary>
    async Task WriteLeaving()
    {
        var leaving = state.State.Leaving.Values.ToList();
        try
        {
            await listings.Write(leaving);
            foreach (var r in leaving)
            {
                state.State.Leaving.Remove(r.Id);
                state.State.Incidents.Remove(r.Id);
                _cells.Remove(r.Id);
            }
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Desk {ZoneId}: {Count} ended incidents wait for the query model", this.GetPrimaryKeyString(), leaving.Count);
            foreach (var r in leaving) { state.State.Incidents.Remove(r.Id); _cells.Remove(r.Id); }
        }
        await state.WriteStateAsync();
    }

    async Task SweepOpen()
    {
        if (state.State.Leaving.Count > 0) await WriteLeaving();
        foreach (var id in state.State.Incidents.Keys.ToList())
        {
            try
            {
                if (await GrainFactory.GetGrain<IIncidentGrain>(id).Get() is { } r) feed.Changed(r);
            }
            catch (Exception e) { log.LogWarning(e, "Desk sweep could not read {IncidentId}", id); }
        }
    }
}
