using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Hotline;

[GenerateSerializer]
public sealed class TicketState
{
    [Id(0)] public HotlineTicket? Ticket { get; set; }
    [Id(1)] public string? IncidentId { get; set; }
    [Id(2)] public TriageReason? Triage { get; set; }
    [Id(3)] public HotlineDelivery? Delivery { get; set; }
}
