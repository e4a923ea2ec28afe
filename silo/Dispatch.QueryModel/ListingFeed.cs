using Microsoft.Extensions.Logging;

namespace Dispatch.QueryModel;

/// <summary>
/// Writes at once where the store is in this process's memory (embedded lists never lag), and otherwise queues the
/// change for <see cref="ListingQueue"/>, which writes in batches in the background.
/// </summary>
public sealed class ListingFeed<T>(Listings<T> listings, ListingQueue queue, ILogger<ListingFeed<T>> log) : IListingFeed<T>
{
    public void Changed(T item)
    {
        try
        {
            var write = listings.ToWrite(item);
            if (listings.Storage.WritesAreImmediate)
                listings.Storage.Upsert(listings.Shape.List, [write]).GetAwaiter().GetResult();
            else
                queue.Enqueue(listings.Shape.List, write);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Listing of {List} item could not be handed to the query store", listings.Shape.List);
        }
    }
}
