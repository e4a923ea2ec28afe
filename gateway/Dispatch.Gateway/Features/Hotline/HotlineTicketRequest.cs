using Dispatch.Gateway.Features.Incidents;

namespace Dispatch.Gateway.Features.Hotline;

/// <summary>A 12345 ticket as the hotline system sends it (<c>POST /api/intake/hotline</c>).</summary>
public sealed record HotlineTicketRequest(string? TicketId, string? Category, string? Description, string? Address,
    IncidentEndpoints.LocationRequest? Location, string? DeadlineClass, HotlineContactRequest? Contact);
