using Dispatch.Domain.Common;
using Dispatch.Domain.Hotline;

namespace Dispatch.Gateway.Features.Hotline;

/// <summary>A result on its way back to the 12345 system: what was (or will be) sent, and how delivery went.</summary>
public sealed record DeliveryView(string TicketId, string IncidentId, string Status, string? Result, DateTimeOffset ClosedAt,
    string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset UpdatedAt)
{
    public static DeliveryView Of(HotlineDelivery d) => new(d.TicketId, d.Payload.IncidentId, d.Payload.Status, d.Payload.Result, d.Payload.ClosedAt,
        WireNames.Of(d.State), d.Attempts, d.NextAttemptAt, d.LastError, d.UpdatedAt);
}
