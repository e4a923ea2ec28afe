using Dispatch.Domain.Whistles;
using Dispatch.Domain.Whistles.Listings;

namespace Dispatch.QueryModel;

/// <summary>Whistles in the query model: the record without its timeline (lists never show it; the grain has it).
/// A whistle ends when it is no longer open (closed, rated, rejected, cancelled); a closed one may still be rated.</summary>
public static class WhistleListing
{
    public static readonly ListingShape<WhistleRecord> Shape = new(
        "whistles", w => w.Id, w => w.CreatedAt, w => w.UpdatedAt, WhistleSets.Of, w => !w.IsOpen,
        w => w.Timeline.Count == 0 ? w : w with { Timeline = [] });
}
