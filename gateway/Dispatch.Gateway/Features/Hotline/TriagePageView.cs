namespace Dispatch.Gateway.Features.Hotline;

/// <summary>One page of GET /api/intake/hotline/triage (public contract): newest first by receipt, then ticket id;
/// nextCursor null on the last page; asOf the time the queue was read (it is read from the hotline desk itself).</summary>
public sealed record TriagePageView(IReadOnlyList<TriageView> Items, string? NextCursor, DateTimeOffset AsOf);
