using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// What the hotline system hears when the incident ends (the webhook body): the outcome, never the caller's contact
/// nor the officers' names.
/// </summary>
public sealed record HotlineResult(string TicketId, string IncidentId, string Status, string? Result, DateTimeOffset ClosedAt)
{
    public static HotlineResult Of(string ticketId, IncidentRecord r) =>
        new(ticketId, r.Id, WireNames.Of(r.Status), IncidentOutcome.Of(r), r.UpdatedAt);
}
