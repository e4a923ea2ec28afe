namespace Dispatch.QueryModel;

/// <summary>How much one list holds: items, and bytes as the store counts them (JSON plus index overhead).</summary>
public sealed record ListingStoreSize(string List, long Items, long Bytes);
