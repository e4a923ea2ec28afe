namespace Dispatch.Domain.Hotline;

/// <summary>The result of one ticket on its way back to the hotline system, and how its delivery went so far.</summary>
public sealed record HotlineDelivery(
    HotlineResult Payload,
    DeliveryState State,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset UpdatedAt)
{
    public string TicketId => Payload.TicketId;

    public static HotlineDelivery Start(HotlineResult payload, DateTimeOffset now) => new(payload, DeliveryState.Pending, 0, now, null, now);

    public HotlineDelivery Succeeded(DateTimeOffset now) =>
        this with { State = DeliveryState.Delivered, Attempts = Attempts + 1, NextAttemptAt = null, LastError = null, UpdatedAt = now };

    /// <summary>A failed attempt: retried after the backoff, or a dead letter once the attempts are used up.</summary>
    public HotlineDelivery Failed(string error, DateTimeOffset now, DeliveryBackoff backoff)
    {
        var attempts = Attempts + 1;
        return attempts >= backoff.MaxAttempts
            ? this with { State = DeliveryState.Failed, Attempts = attempts, NextAttemptAt = null, LastError = error, UpdatedAt = now }
            : this with { Attempts = attempts, NextAttemptAt = now + backoff.DelayAfter(attempts), LastError = error, UpdatedAt = now };
    }

    /// <summary>Nowhere to send it: a dead letter at once (retrying cannot help until someone configures the webhook).</summary>
    public HotlineDelivery Undeliverable(string why, DateTimeOffset now) =>
        this with { State = DeliveryState.Failed, NextAttemptAt = null, LastError = why, UpdatedAt = now };
}
