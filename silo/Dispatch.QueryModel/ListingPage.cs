namespace Dispatch.QueryModel;

/// <summary>One page of a list: the items, the cursor of the next page (null on the last) and how current it is.</summary>
public sealed record ListingPage<T>(IReadOnlyList<T> Items, string? NextCursor, DateTimeOffset AsOf);
