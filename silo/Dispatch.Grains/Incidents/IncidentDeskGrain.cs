using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Incidents;

/// <summary>
/// A zone's intake desk. Intake is serial per zone, so two reports of the same problem cannot both become new
/// incidents. The answer to an intake is durable: the incident and the desk's record of it are written first.
/// </summary>
public sealed class IncidentDeskGrain(
    [PersistentState("incident-desk", StorageNames.Dispatch)] IPersistentState<DeskState> state,
    CountyDirectory county,
    DispatchClock time,
    ILogger<IncidentDeskGrain> log) : Grain, IIncidentDeskGrain
{
    static readonly TimeSpan KeepIdempotencyKeys = TimeSpan.FromHours(24);

    public async Task<IntakeResult> Intake(NewIncident report, Actor who, string? idempotencyKey)
    {
        var now = time.GetUtcNow();
        var zoneId = this.GetPrimaryKeyString();
        var key = idempotencyKey is { Length: > 0 } k ? $"{who.Username}:{k}" : null;
        if (key is not null && state.State.Keys.TryGetValue(key, out var seen) && now - seen.At < KeepIdempotencyKeys)
        {
            var same = await GrainFactory.GetGrain<IIncidentGrain>(seen.IncidentId).Get();
            if (same is not null) return new IntakeResult(same, seen.Merged);
        }

        var category = county.Category(report.Category) ?? throw new InvalidRequestException($"未知的事件类别：{report.Category}");
        var settings = county.Data.Incidents;
        var open = state.State.Incidents.Values.Where(i => i.Status.IsOpen())
            .Select(i => new OpenIncident(i.Id, i.Category, i.Location, i.CreatedAt));
        if (settings.Duplicates.MergeTarget(open, report.Category, report.Location, now) is { } target)
        {
            var merged = await GrainFactory.GetGrain<IIncidentGrain>(target.Id).AddReport(who, report.Description, report.Location);
            await Remember(key, merged.Id, true, now);
            log.LogInformation("Report by {User} merged into {IncidentId}", who.Username, merged.Id);
            return new IntakeResult(merged, true);
        }

        var number = IncidentNumber.Next(state.State.Day is { Length: > 0 } last ? new(last, state.State.Sequence) : null, now);
        (state.State.Day, state.State.Sequence) = (number.Day, number.Sequence);
        var id = number.IdIn(zoneId);
        var record = IncidentReport.Open(report, id, zoneId, category, settings, who, now);
        // The desk's own record first (so the number is never reused), then the incident, then the key.
        state.State.Incidents[id] = IncidentSummary.Of(record);
        await state.WriteStateAsync();
        var created = await GrainFactory.GetGrain<IIncidentGrain>(id).Create(record);
        await Remember(key, id, false, now);
        return new IntakeResult(created, false);
    }

    public Task<IReadOnlyList<IncidentSummary>> List() =>
        Task.FromResult<IReadOnlyList<IncidentSummary>>(state.State.Incidents.Values.ToList());

    public async Task Updated(IncidentSummary summary)
    {
        if (state.State.Incidents.TryGetValue(summary.Id, out var known) && known.UpdatedAt > summary.UpdatedAt) return;
        state.State.Incidents[summary.Id] = summary;
        await state.WriteStateAsync();
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

    async Task Remember(string? key, string incidentId, bool merged, DateTimeOffset now)
    {
        if (key is null) return;
        foreach (var old in state.State.Keys.Where(k => now - k.Value.At > KeepIdempotencyKeys).Select(k => k.Key).ToList())
            state.State.Keys.Remove(old);
        state.State.Keys[key] = new SeenKey(incidentId, merged, now);
        await state.WriteStateAsync();
    }
}
