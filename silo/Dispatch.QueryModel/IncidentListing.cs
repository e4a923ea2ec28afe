using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Listings;

namespace Dispatch.QueryModel;

/// <summary>Incidents in the query model: the record without its timeline (lists never show it; the grain has it).</summary>
public static class IncidentListing
{
    public static readonly ListingShape<IncidentRecord> Shape = new(
        "incidents", r => r.Id, r => r.CreatedAt, r => r.UpdatedAt, IncidentSets.Of, r => !r.Status.IsOpen(),
        r => r.Timeline.Count == 0 ? r : r with { Timeline = [] });
}
