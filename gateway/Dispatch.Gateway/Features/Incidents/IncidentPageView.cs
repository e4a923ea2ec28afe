namespace Dispatch.Gateway.Features.Incidents;

/// <summary>One page of GET /api/incidents (public contract): newest first; nextCursor null on the last page; asOf the
/// time up to which the list reflects the incidents' changes.</summary>
public sealed record IncidentPageView(IReadOnlyList<IncidentView> Items, string? NextCursor, DateTimeOffset AsOf);
