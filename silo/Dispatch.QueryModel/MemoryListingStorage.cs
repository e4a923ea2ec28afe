namespace Dispatch.QueryModel;

/// <summary>
/// The query store of embedded mode: the same sets as in Redis, in sorted sets in this process's memory. Writes are
/// immediate (a dictionary update under a lock), so embedded lists never lag the grains.
/// </summary>
public sealed class MemoryListingStorage : IListingStorage
{
    readonly Dictionary<string, ListData> _lists = [];
    readonly Lock _gate = new();

    sealed class ListData
    {
        public readonly Dictionary<string, ListingWrite> Items = [];
        public readonly Dictionary<string, OrderedMembers> Sets = [];
        public readonly SortedSet<(long EndedMs, string Id)> Ended = [];
        public long JsonChars;
    }

    public string Kind => "memory";
    public bool WritesAreImmediate => true;

    ListData Of(string list) => _lists.TryGetValue(list, out var d) ? d : _lists[list] = new ListData();

    public Task Upsert(string list, IReadOnlyList<ListingWrite> writes)
    {
        lock (_gate)
        {
            var data = Of(list);
            foreach (var w in writes)
            {
                if (data.Items.TryGetValue(w.Id, out var old))
                {
                    // Older, or the same version again (a sweep, a second writer): nothing to do.
                    if (old.Version > w.Version || old.Version == w.Version && old.Json == w.Json) continue;
                    Unlink(data, old);
                }
                data.Items[w.Id] = w;
                data.JsonChars += w.Json.Length;
                foreach (var set in w.Sets)
                    (data.Sets.TryGetValue(set, out var s) ? s : data.Sets[set] = new OrderedMembers()).Add(w.Member);
                if (w.EndedAt is { } ended) data.Ended.Add((ended.ToUnixTimeMilliseconds(), w.Id));
            }
        }
        return Task.CompletedTask;
    }

    static void Unlink(ListData data, ListingWrite old)
    {
        foreach (var set in old.Sets)
            if (data.Sets.TryGetValue(set, out var s)) s.Remove(old.Member);
        if (old.EndedAt is { } ended) data.Ended.Remove((ended.ToUnixTimeMilliseconds(), old.Id));
        data.JsonChars -= old.Json.Length;
    }

    public Task<IReadOnlyList<string>> Range(string list, string set, string? below, string? atLeast, int count)
    {
        lock (_gate)
        {
            if (!Of(list).Sets.TryGetValue(set, out var s)) return Task.FromResult<IReadOnlyList<string>>([]);
            var found = s.Below(below, atLeast, count);
            return Task.FromResult<IReadOnlyList<string>>(found);
        }
    }

    public Task<IReadOnlyList<string?>> Fetch(string list, IReadOnlyList<string> ids)
    {
        lock (_gate)
        {
            var items = Of(list).Items;
            return Task.FromResult<IReadOnlyList<string?>>(ids.Select(id => items.GetValueOrDefault(id)?.Json).ToList());
        }
    }

    public Task<int> RemoveEndedBefore(string list, DateTimeOffset cutoff, int max)
    {
        lock (_gate)
        {
            var data = Of(list);
            var due = data.Ended.TakeWhile(e => e.EndedMs < cutoff.ToUnixTimeMilliseconds()).Take(max).ToList();
            foreach (var (_, id) in due)
                if (data.Items.Remove(id, out var old)) Unlink(data, old);
            return Task.FromResult(due.Count);
        }
    }

    public Task<ListingStoreSize> Size(string list)
    {
        lock (_gate)
        {
            var data = Of(list);
            // Strings are UTF-16 in memory; each set entry costs a tree node (about 48 bytes) besides its string.
            var members = data.Sets.Values.Sum(s => (long)s.Count);
            var bytes = data.JsonChars * 2 + members * 48 + data.Items.Count * 120L;
            return Task.FromResult(new ListingStoreSize(list, data.Items.Count, bytes));
        }
    }

    public Task<DateTimeOffset> AsOf(DateTimeOffset now) => Task.FromResult(now);

    public Task MarkWritten(string writer, DateTimeOffset upTo, DateTimeOffset now) => Task.CompletedTask;

    public Task Clear(string list)
    {
        lock (_gate) _lists.Remove(list);
        return Task.CompletedTask;
    }
}
