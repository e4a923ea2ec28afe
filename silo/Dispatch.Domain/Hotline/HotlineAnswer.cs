namespace Dispatch.Domain.Hotline;

/// <summary>What the hotline system is told about its ticket: the incident it became (and its status), or that it waits in triage.</summary>
public sealed record HotlineAnswer(string TicketId, string? IncidentId, string? Status, bool Triage);
