using Dispatch.Domain.Hotline;
using Dispatch.Grains.Contracts.Hotline;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Hotline;

/// <summary>
/// The county's triage queue and delivery list, kept as the tickets report them. Its state is bounded by open work,
/// not by history: the triage queue holds only tickets no one has placed yet (a placed ticket leaves), and the
/// delivery list holds the results still being sent, the dead letters, and only the newest delivered ones.
/// </summary>
public sealed class HotlineDeskGrain(
    [PersistentState("hotline-desk", StorageNames.Dispatch)] IPersistentState<HotlineDeskState> state,
    ILogger<HotlineDeskGrain> log) : Grain, IHotlineDeskGrain
{
    /// <summary>
    /// At most this many delivered results stay in the list (newest first): a delivered result needs no one, the
    /// 12345 system has it and the ticket's grain keeps it. Pending ones stay while they are retried (hours at most,
    /// <see cref="HotlineSettings.MaxAttempts"/>). Failed ones stay too: each is a dead letter, one per ticket whose
    /// result never reached the hotline, awaiting a person; they grow with failures, not with traffic, while the webhook
    /// answers. (With no webhook configured every result is one, and nothing yet resends or dismisses a dead letter.)
    /// </summary>
    public const int DeliveredKept = 100;

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
        var delivered = state.State.Deliveries.Values.Where(d => d.State == DeliveryState.Delivered).OrderByDescending(d => d.UpdatedAt).ToList();
        foreach (var old in delivered.Skip(DeliveredKept)) state.State.Deliveries.Remove(old.TicketId);
        await state.WriteStateAsync();
        if (delivery.State == DeliveryState.Failed)
            log.LogWarning("12345 ticket {TicketId}: result is a dead letter after {Attempts} attempts: {Error}", delivery.TicketId, delivery.Attempts, delivery.LastError);
    }

    public Task<IReadOnlyList<HotlineDelivery>> Deliveries() =>
        Task.FromResult<IReadOnlyList<HotlineDelivery>>(state.State.Deliveries.Values.OrderByDescending(d => d.UpdatedAt).ToList());

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));
}
