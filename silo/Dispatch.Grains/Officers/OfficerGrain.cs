using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Officers;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Officers;

public sealed class OfficerGrain(
    [PersistentState("officer", StorageNames.Dispatch)] IPersistentState<OfficerState> state,
    CountyDirectory county,
    TimeProvider time,
    PositionRuleSettings positionRules,
    IOptions<OfficerSettings> settings,
    ILogger<OfficerGrain> log) : Grain, IOfficerGrain
{
    OfficerProfile? _profile;
    DateTimeOffset _lastWrite;
    DateTimeOffset? _deviceSeenAt;
    bool _positionDirty;
    bool _freeWithFixTold;

    OfficerProfile Profile => _profile ?? throw new InvalidRequestException($"未知的执法人员：{this.GetPrimaryKeyString()}");

    IZoneFeedGrain Feed => GrainFactory.GetGrain<IZoneFeedGrain>(Profile.ZoneId ?? ZoneKeys.CountyLevel);

    public override Task OnActivateAsync(CancellationToken ct)
    {
        _profile = county.Officer(this.GetPrimaryKeyString());
        _lastWrite = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken ct)
    {
        if (!_positionDirty || _profile is null) return;
        try
        {
            await state.WriteStateAsync(ct);
        }
        catch (Exception e)
        {
            // Only a position snapshot is at stake (status is written when it changes): log, do not fail the deactivation.
            log.LogWarning(e, "Position snapshot for {OfficerId} not written on deactivation", _profile.Id);
        }
    }

    public Task<OfficerLive> GetLive()
    {
        _ = Profile;
        return Task.FromResult(Live());
    }

    public async Task<ReportResult> ReportPosition(PositionReport report, ReportSource source)
    {
        var profile = Profile;
        var now = time.GetUtcNow();
        if (source == ReportSource.Simulator && DeviceHoldsOfficer(now))
            return new ReportResult(false, FixOutcome.IgnoredOutOfOrder);
        if (source == ReportSource.Device) _deviceSeenAt = now;

        var fix = new PositionFix(new GeoPoint(report.Lat, report.Lon), report.Accuracy, report.DeviceTime);
        var verdict = PositionRules.Evaluate(fix, LastFix(), state.State.Status, now, positionRules);
        if (verdict.Outcome == FixOutcome.Rejected)
            throw new InvalidRequestException(verdict.Error!);
        if (verdict.Outcome != FixOutcome.Accepted)
        {
            log.LogDebug("Fix for {OfficerId} ignored: {Outcome}", profile.Id, verdict.Outcome);
            return new ReportResult(false, verdict.Outcome);
        }

        state.State.Lat = report.Lat;
        state.State.Lon = report.Lon;
        state.State.Accuracy = report.Accuracy;
        state.State.FixTime = report.DeviceTime;
        _positionDirty = true;
        // Positions are snapshotted, not written per fix: a province of devices must not become a storage write each.
        if (now - _lastWrite >= settings.Value.PositionSnapshotInterval)
            await Persist(now);

        Feed.Publish(new OfficerMoved(profile.Id, report.Lat, report.Lon, state.State.Status, report.DeviceTime, profile.DepartmentId, profile.TownshipId)).Ignore();
        // An officer who came on duty before its first fix can only be offered work once it is somewhere.
        if (!_freeWithFixTold && state.State.Status == OfficerStatus.Available) TellDeskIfFree(OfficerStatus.Available);
        return new ReportResult(true, FixOutcome.Accepted);
    }

    public async Task<OfficerStatus> SetOnDuty(bool onDuty, ReportSource source)
    {
        var profile = Profile;
        var now = time.GetUtcNow();
        if (source == ReportSource.Simulator && DeviceHoldsOfficer(now))
            return state.State.Status;
        if (source == ReportSource.Device) _deviceSeenAt = now;

        var change = DutyRules.SetOnDuty(state.State.Status, onDuty);
        if (change.Refused) throw new RuleRefusedException(change.Error!);
        if (change.Status == state.State.Status) return change.Status;

        var previous = state.State.Status;
        state.State.Status = change.Status;
        state.State.StatusSince = now;
        await Persist(now); // durable before anyone hears of it
        log.LogInformation("Officer {OfficerId} status {From} -> {To} ({Source})", profile.Id, previous, change.Status, source);
        Feed.PublishStatus(new OfficerStatusChanged(profile.Id, change.Status, now, profile.DepartmentId, profile.TownshipId)).Ignore();
        TellDeskIfFree(change.Status);
        return change.Status;
    }

    public async Task<OfficerStatus> Work(string incidentId, WorkStep step)
    {
        var profile = Profile;
        var now = time.GetUtcNow();
        // A release for an incident the officer has already left (reassigned meanwhile) changes nothing.
        if (step is WorkStep.Finished or WorkStep.Released && state.State.IncidentId != incidentId)
            return state.State.Status;
        if (step is not WorkStep.Assigned && step is not (WorkStep.Finished or WorkStep.Released) && state.State.IncidentId != incidentId)
            throw new RuleRefusedException($"执法队员当前不在办理事件 {incidentId}");
        var change = WorkRules.Apply(state.State.Status, step);
        if (change.Refused) throw new RuleRefusedException(change.Error!);

        var previous = state.State.Status;
        state.State.IncidentId = step switch
        {
            WorkStep.Assigned => incidentId,
            WorkStep.Finished or WorkStep.Released => null,
            _ => state.State.IncidentId,
        };
        state.State.Status = change.Status;
        if (change.Status != previous) state.State.StatusSince = now;
        await Persist(now);
        if (change.Status != previous)
        {
            log.LogInformation("Officer {OfficerId} status {From} -> {To} ({Step} on {IncidentId})", profile.Id, previous, change.Status, step, incidentId);
            Feed.PublishStatus(new OfficerStatusChanged(profile.Id, change.Status, now, profile.DepartmentId, profile.TownshipId)).Ignore();
            TellDeskIfFree(change.Status);
        }
        return change.Status;
    }

    /// <summary>Urgent work waiting for an officer is offered the moment one comes free (one-way: never holds this call up).</summary>
    void TellDeskIfFree(OfficerStatus status)
    {
        _freeWithFixTold = false;
        if (status != OfficerStatus.Available) return;
        // A county-level officer has no zone desk to tell (the minute tick finds it); nothing to repeat per fix either.
        if (Profile.ZoneId is not { } zone) { _freeWithFixTold = true; return; }
        _freeWithFixTold = LastFix() is not null;
        GrainFactory.GetGrain<IIncidentDeskGrain>(zone).OfficerAvailable(Profile.Id).Ignore();
    }

    async Task Persist(DateTimeOffset now)
    {
        await state.WriteStateAsync();
        _lastWrite = now;
        _positionDirty = false;
    }

    bool DeviceHoldsOfficer(DateTimeOffset now) =>
        _deviceSeenAt is { } seen && now - seen < settings.Value.DeviceHoldsOfficerFor;

    PositionFix? LastFix() => state.State is { Lat: { } lat, Lon: { } lon, FixTime: { } t }
        ? new PositionFix(new GeoPoint(lat, lon), state.State.Accuracy, t)
        : null;

    OfficerLive Live() => new(
        Profile.Id,
        state.State.Status,
        state.State.StatusSince,
        state.State is { Lat: { } lat, Lon: { } lon, FixTime: { } t } ? new PositionView(lat, lon, state.State.Accuracy, t) : null);
}
