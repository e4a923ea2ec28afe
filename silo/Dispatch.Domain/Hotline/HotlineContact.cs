namespace Dispatch.Domain.Hotline;

/// <summary>
/// The caller of a 12345 ticket. Kept only with the ticket (never on the incident, in its timeline or in a webhook), so
/// officers, desks and the public never see it; only the command centres see it, in the triage queue.
/// </summary>
public sealed record HotlineContact(string? Name, string? Phone);
