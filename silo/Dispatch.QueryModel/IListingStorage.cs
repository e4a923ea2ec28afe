namespace Dispatch.QueryModel;

/// <summary>
/// The few operations a query store must offer: idempotent upserts, ordered ranges of a set, fetch by id, removal of
/// ended items for retention, and its own size. Lists are named ("incidents", "whistles"); sets within a list hold
/// members (see <see cref="Dispatch.Domain.Common.Listings.ListMember"/>) in one total order.
/// </summary>
public interface IListingStorage
{
    /// <summary>"memory" or "redis".</summary>
    string Kind { get; }

    /// <summary>Whether a write is done when <see cref="Upsert"/> returns synchronously (memory): no queue is needed.</summary>
    bool WritesAreImmediate { get; }

    /// <summary>Writes each item unless the store already has a newer version of it. Idempotent.</summary>
    Task Upsert(string list, IReadOnlyList<ListingWrite> writes);

    /// <summary>Members of a set, highest first, strictly below <paramref name="below"/> and at or above <paramref name="atLeast"/>.</summary>
    Task<IReadOnlyList<string>> Range(string list, string set, string? below, string? atLeast, int count);

    /// <summary>The stored JSON of each id (null where none).</summary>
    Task<IReadOnlyList<string?>> Fetch(string list, IReadOnlyList<string> ids);

    /// <summary>Removes up to <paramref name="max"/> items that ended before the cutoff; returns how many.</summary>
    Task<int> RemoveEndedBefore(string list, DateTimeOffset cutoff, int max);

    Task<ListingStoreSize> Size(string list);

    /// <summary>The time up to which every change handed to any writer is in the store.</summary>
    Task<DateTimeOffset> AsOf(DateTimeOffset now);

    /// <summary>A writer says: everything I was handed before <paramref name="upTo"/> is written.</summary>
    Task MarkWritten(string writer, DateTimeOffset upTo, DateTimeOffset now);

    /// <summary>Forgets the whole list (a lost store, in tests; or before a rebuild from scratch).</summary>
    Task Clear(string list);
}
