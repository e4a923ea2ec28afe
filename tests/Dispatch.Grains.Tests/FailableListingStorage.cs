using Dispatch.QueryModel;

namespace Dispatch.Grains.Tests;

/// <summary>The test silo's query store: the memory store, which a test can make unreachable (a Redis that is down).</summary>
public sealed class FailableListingStorage : IListingStorage
{
    readonly MemoryListingStorage _store = new();

    /// <summary>While set, every operation throws, as a store that does not answer would.</summary>
    public volatile bool Unreachable;

    public string Kind => _store.Kind;
    public bool WritesAreImmediate => _store.WritesAreImmediate;

    T Answer<T>(Func<T> operation) => Unreachable ? throw new TimeoutException("the query store does not answer (test)") : operation();

    public Task Upsert(string list, IReadOnlyList<ListingWrite> writes) => Answer(() => _store.Upsert(list, writes));
    public Task<IReadOnlyList<string>> Range(string list, string set, string? below, string? atLeast, int count) =>
        Answer(() => _store.Range(list, set, below, atLeast, count));
    public Task<IReadOnlyList<string?>> Fetch(string list, IReadOnlyList<string> ids) => Answer(() => _store.Fetch(list, ids));
    public Task<int> RemoveEndedBefore(string list, DateTimeOffset cutoff, int max) => Answer(() => _store.RemoveEndedBefore(list, cutoff, max));
    public Task<ListingStoreSize> Size(string list) => Answer(() => _store.Size(list));
    public Task<DateTimeOffset> AsOf(DateTimeOffset now) => Answer(() => _store.AsOf(now));
    public Task MarkWritten(string writer, DateTimeOffset upTo, DateTimeOffset now) => Answer(() => _store.MarkWritten(writer, upTo, now));
    public Task Clear(string list) => Answer(() => _store.Clear(list));
}
