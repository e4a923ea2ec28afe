namespace Dispatch.QueryModel;

/// <summary>What the query model needs to know of one kind of item: its list's name, id, times, sets and end.</summary>
public sealed record ListingShape<T>(
    string List,
    Func<T, string> Id,
    Func<T, DateTimeOffset> CreatedAt,
    Func<T, DateTimeOffset> UpdatedAt,
    Func<T, IReadOnlyList<string>> Sets,
    Func<T, bool> Ended,
    Func<T, T> Trim);
