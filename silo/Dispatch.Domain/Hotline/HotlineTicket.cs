using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Hotline;

/// <summary>A 12345 ticket as <see cref="HotlineTicketCheck"/> accepted it: bounded text, a valid deadline class, a location or an address.</summary>
public sealed record HotlineTicket(
    string TicketId,
    string CategoryText,
    string Description,
    string? Address,
    GeoPoint? Location,
    string DeadlineClass,
    HotlineContact? Contact,
    DateTimeOffset ReceivedAt);
