using System.Text.Json;
using Dispatch.Domain.Common.Listings;

namespace Dispatch.QueryModel;

/// <summary>
/// One kind of item's list in the query store: written by the grains' changes, paged by the gateway. Items are kept as
/// the grains' own records (trimmed of what lists never show, such as timelines), in JSON.
/// </summary>
public sealed class Listings<T>(IListingStorage storage, ListingShape<T> shape, TimeProvider time)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public IListingStorage Storage => storage;
    public ListingShape<T> Shape => shape;

    public ListingWrite ToWrite(T item)
    {
        var trimmed = shape.Trim(item);
        var updated = shape.UpdatedAt(item);
        return new ListingWrite(shape.Id(item), ListMember.Of(shape.CreatedAt(item), shape.Id(item)),
            (updated.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10, JsonSerializer.Serialize(trimmed, Json), shape.Sets(item),
            shape.Ended(item) ? updated : null);
    }

    public Task Write(IReadOnlyList<T> items) => storage.Upsert(shape.List, items.Select(ToWrite).ToList());

    public Task<ListingStoreSize> Size() => storage.Size(shape.List);

    public Task<int> RemoveEndedBefore(DateTimeOffset cutoff, int max) => storage.RemoveEndedBefore(shape.List, cutoff, max);

    public Task Clear() => storage.Clear(shape.List);

    /// <summary>
    /// A page: the merge of <paramref name="sets"/>, newest first, strictly below the cursor's member, each item checked
    /// by <paramref name="matches"/>. At most <see cref="ListPaging.ScanBudget"/> items are read; a page that ran out
    /// of budget answers what it found with a cursor where it stopped.
    /// </summary>
    public async Task<ListingPage<T>> Page(IReadOnlyList<string> sets, Func<T, bool> matches, string? after,
        DateTimeOffset? from, DateTimeOffset? to, int limit, int budget = ListPaging.ScanBudget)
    {
        // asOf is read first: whatever the page shows is at least as new as it says.
        var asOf = await storage.AsOf(time.GetUtcNow());
        var found = new List<T>(limit);
        string? lastFound = null;
        var scanned = 0;
        await foreach (var (member, item) in Scan(sets, after, from, to, Math.Clamp(limit * 2, 50, 500)))
        {
            scanned++;
            if (item is not null && matches(item))
            {
                // One more than asked tells whether a next page exists, so the last page's cursor is null.
                if (found.Count == limit) return new(found, ListCursor.Encode(lastFound!), asOf);
                found.Add(item);
                lastFound = member;
            }
            if (scanned >= budget) return new(found, ListCursor.Encode(member), asOf);
        }
        return new(found, null, asOf);
    }

    /// <summary>Every item in the sets, newest first (the export and the scorecard read a period through this).</summary>
    public async IAsyncEnumerable<T> All(IReadOnlyList<string> sets, DateTimeOffset? from, DateTimeOffset? to)
    {
        await foreach (var (_, item) in Scan(sets, null, from, to, 500))
            if (item is not null) yield return item;
    }

    /// <summary>The sets merged in member order, highest first; each member once.</summary>
    async IAsyncEnumerable<(string Member, T? Item)> Scan(IReadOnlyList<string> sets, string? after, DateTimeOffset? from,
        DateTimeOffset? to, int chunk)
    {
        if (sets.Count == 0) yield break;
        var below = after;
        if (to is { } t && (below is null || string.CompareOrdinal(ListMember.Before(t), below) < 0)) below = ListMember.Before(t);
        var atLeast = from is { } f ? ListMember.AtOrAfter(f) : null;
        while (true)
        {
            var ranges = await Task.WhenAll(sets.Select(s => storage.Range(shape.List, s, below, atLeast, chunk)));
            // Complete down to the highest of the last members of the sets that may hold more; below it, wait for the next round.
            string? frontier = null;
            foreach (var r in ranges)
                if (r.Count == chunk && (frontier is null || string.CompareOrdinal(r[^1], frontier) > 0)) frontier = r[^1];
            var members = ranges.SelectMany(r => r).Distinct()
                .Where(m => frontier is null || string.CompareOrdinal(m, frontier) >= 0)
                .OrderByDescending(m => m, StringComparer.Ordinal).ToList();
            if (members.Count == 0) yield break;
            var json = await storage.Fetch(shape.List, members.Select(ListMember.IdOf).ToList());
            for (var i = 0; i < members.Count; i++)
                yield return (members[i], json[i] is { } j ? JsonSerializer.Deserialize<T>(j, Json) : default);
            if (frontier is null) yield break;
            below = members[^1];
        }
    }
}
