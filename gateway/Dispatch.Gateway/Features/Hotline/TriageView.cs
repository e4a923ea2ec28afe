using Dispatch.Domain.Common;
using Dispatch.Domain.Hotline;
using Dispatch.Gateway.Features.Common;

namespace Dispatch.Gateway.Features.Hotline;

/// <summary>
/// A ticket in the triage queue as a command centre sees it, with the caller's contact (the centres may call back to
/// ask where the problem is; no one else ever sees the contact).
/// </summary>
public sealed record TriageView(string TicketId, string Category, string Description, string? Address, LocationView? Location,
    string DeadlineClass, HotlineContactView? Contact, string Reason, string? ZoneId, DateTimeOffset ReceivedAt)
{
    public static TriageView Of(TriageItem t) => new(t.TicketId, t.Ticket.CategoryText, t.Ticket.Description, t.Ticket.Address,
        t.Location is { } at ? new LocationView(at.Lat, at.Lon) : null, t.Ticket.DeadlineClass,
        t.Ticket.Contact is { } c ? new HotlineContactView(c.Name, c.Phone) : null, WireNames.Of(t.Reason), t.SuggestedZoneId, t.Ticket.ReceivedAt);
}
