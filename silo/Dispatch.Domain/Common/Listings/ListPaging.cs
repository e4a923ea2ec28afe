namespace Dispatch.Domain.Common.Listings;

/// <summary>The paging contract shared by every list: limit 1–200, 50 when not given.</summary>
public static class ListPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>How many stored items one request may look at before it answers with what it found and a cursor:
    /// a filter that matches little never turns one request into a scan of the county's year.</summary>
    public const int ScanBudget = 4000;

    /// <summary>
    /// A page of a list held in memory (one bounded by open work, such as the triage queue): the items by
    /// <paramref name="member"/> (see <see cref="ListMember"/>), highest first, strictly below <paramref name="after"/>,
    /// and the cursor of the next page (null on the last). The same order and cursor as the query model's pages.
    /// </summary>
    public static (IReadOnlyList<T> Items, string? NextCursor) Page<T>(IEnumerable<T> items, Func<T, string> member, string? after, int limit)
    {
        var below = items.Select(i => (Member: member(i), Item: i))
            .Where(x => after is null || string.CompareOrdinal(x.Member, after) < 0)
            .OrderByDescending(x => x.Member, StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        // One more than asked tells whether a next page exists.
        var page = below.Take(limit).ToList();
        return (page.Select(x => x.Item).ToList(), below.Count > limit ? ListCursor.Encode(page[^1].Member) : null);
    }
}
