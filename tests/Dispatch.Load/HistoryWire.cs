namespace Dispatch.Load;

// The part of the public contract the history bench reads beyond the dispatch bench's (JSON, camelCase). Only the
// fields it uses are declared.

/// <summary><c>POST /api/incidents/{id}/actions/reject</c>'s body.</summary>
public sealed record RejectBody(string Reason);

/// <summary>
/// One page of <c>GET /api/incidents</c>, newest first. A page may hold fewer than <c>limit</c> items while
/// <see cref="NextCursor"/> is set (the server bounds each request's scan): only a null cursor ends the list.
/// </summary>
public sealed record IncidentPage(IReadOnlyList<IncidentPageItem> Items, string? NextCursor, DateTimeOffset? AsOf);

public sealed record IncidentPageItem(string Id);

/// <summary><c>GET /api/system/state-sizes</c> (admin): every grain's stored state and the query store, as of a moment.</summary>
public sealed record StateSizes(IReadOnlyList<GrainStateSize> Grains, QueryStoreSize QueryStore, DateTimeOffset? AsOf);

/// <summary>A grain's stored state, e.g. <c>incident-desk/Z1</c>.</summary>
public sealed record GrainStateSize(string Name, long Bytes);

/// <summary>Where the list is answered from: <c>memory</c> or <c>redis</c>, with its item count and size.</summary>
public sealed record QueryStoreSize(string Kind, long Items, long Bytes);

public static class HistoryNames
{
    public const string RejectReason = "负载测试：历史数据，不予立案";
    /// <summary>Not urgent, so nothing is dispatched and the incident stays reported until it is rejected.</summary>
    public const string Priority = "normal";
    /// <summary>A source both the county and a zone centre may name.</summary>
    public const string Source = "hotline";
    /// <summary>A grain's stored state above this is flagged: the size the desks are meant to stay under.</summary>
    public const long GrainBytesLimit = 64 * 1024;
}
