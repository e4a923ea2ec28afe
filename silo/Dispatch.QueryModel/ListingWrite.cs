namespace Dispatch.QueryModel;

/// <summary>
/// One item as the store keeps it: its place in every list (<see cref="Member"/>), its version (updatedAt in unix
/// microseconds: an older version never replaces a newer one), the sets it belongs to, and when it ended (for retention).
/// </summary>
public sealed record ListingWrite(string Id, string Member, long Version, string Json, IReadOnlyList<string> Sets, DateTimeOffset? EndedAt);
