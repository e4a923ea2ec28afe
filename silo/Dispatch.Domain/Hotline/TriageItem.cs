using Dispatch.Domain.Access;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Hotline;

/// <summary>A ticket waiting in the triage queue for a command centre to pick its category and place.</summary>
public sealed record TriageItem(HotlineTicket Ticket, TriageReason Reason, string? SuggestedZoneId)
{
    public string TicketId => Ticket.TicketId;
    public GeoPoint? Location => Ticket.Location;

    /// <summary>
    /// The county sees every ticket; a zone centre those located in its zones and those with no usable location (any
    /// centre may place one of those: whoever knows the address). Nobody else handles triage.
    /// </summary>
    public bool SeenBy(Scope scope) => scope.Role switch
    {
        Role.CountyCommander => true,
        Role.ZoneDispatcher => SuggestedZoneId is null || scope.ZoneIds.Contains(SuggestedZoneId),
        _ => false,
    };
}
