using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Intake;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Hotline;
using Dispatch.Grains.Contracts.Incidents;

namespace Dispatch.Grains.Hotline;

/// <summary>
/// One 12345 ticket. Thin: <see cref="HotlineIntake"/> says where it goes, the zone's intake desk files it, and the
/// delivery rules (<see cref="HotlineDelivery"/>) say when to send the result again. A pending delivery is in grain
/// state and a reminder wakes the grain after a restart; a timer takes the exact backoff while it is active.
/// </summary>
public sealed class HotlineTicketGrain(
    [PersistentState("hotline-ticket", StorageNames.Dispatch)] IPersistentState<TicketState> state,
    CountyDirectory county,
    HotlineWebhook webhook,
    HotlineSettings settings,
    DispatchClock time,
    ILogger<HotlineTicketGrain> log) : Grain, IHotlineTicketGrain, IRemindable
{
    const string DeliveryReminder = "hotline-delivery";
    IGrainTimer? _retry;

    string TicketId => this.GetPrimaryKeyString();
    IHotlineDeskGrain Desk => GrainFactory.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key);

    public async Task<HotlineSubmission> Submit(HotlineTicket ticket)
    {
        if (state.State.Ticket is not null) return new(await Answer(), Repeat: true);

        var (filed, triage) = HotlineIntake.Plan(ticket, county);
        if (filed is { Report: null }) throw new InvalidRequestException(string.Join("；", filed.Errors.Values.SelectMany(e => e)));
        state.State.Ticket = ticket;
        if (filed?.Report is { } report) await File(report, IntakeBridges.Hotline);
        else await Queue(ticket, triage!.Value);
        return new(await Answer(), Repeat: false);
    }

    public async Task<HotlineAnswer> Place(string? categoryId, GeoPoint? at, Actor who)
    {
        if (state.State is not { Ticket: { } ticket, Triage: not null })
            throw new InvalidRequestException($"工单 {TicketId} 不在待分拣队列中");
        var check = HotlineIntake.Placed(ticket, categoryId, at, who, county);
        if (check.Forbidden is { } forbidden) throw new ForbiddenException(forbidden);
        if (check.Report is not { } report) throw new InvalidRequestException(string.Join("；", check.Errors.Values.SelectMany(e => e)));
        await File(report, who);
        await Desk.Untriage(TicketId);
        log.LogInformation("12345 ticket {TicketId} placed by {User} ({Role}) as {IncidentId}", TicketId, who.Username, who.Role, state.State.IncidentId);
        return await Answer();
    }

    public Task<TriageItem?> Triaged() => Task.FromResult(state.State is { Ticket: { } t, Triage: { } reason }
        ? new TriageItem(t, reason, HotlineIntake.ZoneOf(t, county)) : null);

    async Task File(NewIncident report, Actor who)
    {
        var zoneId = county.Township(report.TownshipId!)!.ZoneId;
        // The desk's idempotency key makes a retried filing (a crash before the ticket wrote its state) the same incident.
        var result = await GrainFactory.GetGrain<IIncidentDeskGrain>(zoneId).Intake(report, who, $"hotline:{TicketId}");
        // Followed before the ticket writes its state: once the ticket says "filed", the incident will tell it when it ends.
        var incident = await GrainFactory.GetGrain<IIncidentGrain>(result.Incident.Id).FollowHotline(TicketId);
        (state.State.IncidentId, state.State.Triage) = (incident.Id, null);
        await state.WriteStateAsync();
        log.LogInformation("12345 ticket {TicketId} filed as {IncidentId} ({Merged})", TicketId, incident.Id, result.Merged ? "merged" : "new");
        if (!incident.Status.IsOpen()) await IncidentEnded(incident);
    }

    async Task Queue(HotlineTicket ticket, TriageReason reason)
    {
        state.State.Triage = reason;
        await state.WriteStateAsync();
        await Desk.Triage(new TriageItem(ticket, reason, HotlineIntake.ZoneOf(ticket, county)));
        log.LogInformation("12345 ticket {TicketId} queued for triage: {Reason}", TicketId, reason);
    }

    async Task<HotlineAnswer> Answer()
    {
        if (state.State.IncidentId is not { } id) return new(TicketId, null, null, Triage: true);
        var incident = await GrainFactory.GetGrain<IIncidentGrain>(id).Get();
        return new(TicketId, id, incident is null ? null : WireNames.Of(incident.Status), Triage: false);
    }

    public async Task IncidentEnded(IncidentRecord incident)
    {
        if (state.State.Delivery is not null || incident.Id != state.State.IncidentId) return;
        state.State.Delivery = HotlineDelivery.Start(HotlineResult.Of(TicketId, incident), time.GetUtcNow());
        await Save("queued");
        await this.RegisterOrUpdateReminder(DeliveryReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await Attempt();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        state.State.Delivery is { State: DeliveryState.Pending, NextAttemptAt: { } due } && due <= time.GetUtcNow() ? Attempt() : Settled();

    async Task Attempt()
    {
        if (state.State.Delivery is not { State: DeliveryState.Pending } delivery) return;
        var now = time.GetUtcNow();
        if (!webhook.Configured)
            state.State.Delivery = delivery.Undeliverable("未配置回传地址（Dispatch:Hotline:WebhookUrl）", now);
        else
            state.State.Delivery = await webhook.Send(delivery.Payload) is { } error
                ? delivery.Failed(error, time.GetUtcNow(), settings.Backoff)
                : delivery.Succeeded(time.GetUtcNow());
        await Save("attempted");
        if (state.State.Delivery is { State: DeliveryState.Pending, NextAttemptAt: { } next })
        {
            _retry?.Dispose();
            var wait = next - time.GetUtcNow();
            _retry = this.RegisterGrainTimer(_ => Attempt(), new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        }
        else await Settled();
    }

    async Task Settled()
    {
        if (state.State.Delivery is { State: DeliveryState.Pending }) return;
        if (await this.GetReminder(DeliveryReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    async Task Save(string step)
    {
        await state.WriteStateAsync();
        var d = state.State.Delivery!;
        log.LogInformation("12345 ticket {TicketId} result {Step}: {State} after {Attempts} attempts {Error}", TicketId, step, d.State, d.Attempts, d.LastError);
        await FollowUp.Safely(log, "12345 ticket", TicketId, () => Desk.Delivery(d));
    }
}
