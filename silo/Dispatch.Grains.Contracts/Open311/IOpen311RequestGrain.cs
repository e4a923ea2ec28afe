using Dispatch.Domain.Open311;

namespace Dispatch.Grains.Contracts.Open311;

/// <summary>
/// An Open311 service request, keyed by its service_request_id (the incident id): what the client sent, so
/// GET /open311/v2/requests/{id}.json answers only for requests made through Open311 and shows the client's own words.
/// </summary>
public interface IOpen311RequestGrain : IGrainWithStringKey
{
    /// <summary>Keeps the first request filed under this id (a later one merged into the same incident keeps it).</summary>
    Task<Open311Request> Remember(Open311Request request);
    Task<Open311Request?> Get();
}
