namespace Dispatch.Gateway.Features.Whistles;

/// <summary>One page of GET /api/whistles (public contract): newest first by creation; nextCursor null on the last page;
/// asOf the time up to which the list reflects the whistles' changes.</summary>
public sealed record WhistlePageView(IReadOnlyList<WhistleView> Items, string? NextCursor, DateTimeOffset AsOf);
