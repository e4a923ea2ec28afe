using Dispatch.Domain.Hotline;
using Dispatch.Grains.Contracts.Hotline;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Hotline;

/// <summary>
/// The county's triage queue and delivery list, kept as the tickets report them. Its state is bounded by open work,
/// not by history: the triage queue holds only tickets no one has placed yet (a placed ticket leaves), and the
/// delivery list holds the results still being sent and only the newest dead letters and delivered ones.
/// </summary>
public sealed class HotlineDeskGrain(
    [PersistentState("hotline-desk", StorageNames.Dispatch)] IPersistentState<HotlineDeskState> state,
    ILogger<HotlineDeskGrain> log) : Grain, IHotlineDeskGrain
{
    /// <summary>
    /// At most this many delivered results stay in the list (newest first): a delivered result needs no one, the
    /// 12345 system has it and the ticket's grain keeps it. Pending ones stay while they are retried (hours at most,
    /// <see cref="HotlineSettings.MaxAttempts"/>).
    /// </summary>
    public const int DeliveredKept = 100;

    /// <summary>
    /// At most this many dead letters (results that never reached the hotline) stay in the list, newest first. They
    /// grow with failures, not traffic, while the webhook answers; but with no webhook configured every result is one,
    /// so they are capped too. One that falls off is logged and stays on its ticket's grain (the ticket keeps its
    /// delivery for ever); nothing resends it from here.
    /// </summary>
    public const int DeadLettersKept = 200;

    public async Task Triage(TriageItem item)
    {
        state.State.Triage[item.TicketId] = item;
        await state.WriteStateAsync();
    }

    public async Task Untriage(string ticketId)
    {
        if (state.State.Triage.Remove(ticketId)) await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<TriageItem>> TriageQueue() =>
        Task.FromResult<IReadOnlyList<TriageItem>>(state.State.Triage.Values.OrderBy(t => t.Ticket.ReceivedAt).ToList());

    public async Task Delivery(HotlineDelivery delivery)
    {
        if (state.State.Deliveries.TryGetValue(delivery.TicketId, out var known) && known.UpdatedAt > delivery.UpdatedAt) return;
        state.State.Deliveries[delivery.TicketId] = delivery;
        Trim(DeliveryState.Delivered, DeliveredKept);
        foreach (var dropped in Trim(DeliveryState.Failed, DeadLettersKept))
            log.LogWarning("12345 ticket {TicketId}: dead letter of {UpdatedAt:O} leaves the desk's list (over {Kept}); its ticket keeps it",
                dropped.TicketId, dropped.UpdatedAt, DeadLettersKept);
        await state.WriteStateAsync();
        if (delivery.State == DeliveryState.Failed)
            log.LogWarning("12345 ticket {TicketId}: result is a dead letter after {Attempts} attempts: {Error}", delivery.TicketId, delivery.Attempts, delivery.LastError);
    }

    public Task<IReadOnlyList<HotlineDelivery>> Deliveries() =>
        Task.FromResult<IReadOnlyList<HotlineDelivery>>(state.State.Deliveries.Values.OrderByDescending(d => d.UpdatedAt).ToList());

    /// <summary>Removes all but the newest <paramref name="kept"/> deliveries in <paramref name="which"/>; answers those removed.</summary>
    List<HotlineDelivery> Trim(DeliveryState which, int kept)
    {
        var over = state.State.Deliveries.Values.Where(d => d.State == which).OrderByDescending(d => d.UpdatedAt).Skip(kept).ToList();
        foreach (var old in over) state.State.Deliveries.Remove(old.TicketId);
        return over;
    }

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));
}
