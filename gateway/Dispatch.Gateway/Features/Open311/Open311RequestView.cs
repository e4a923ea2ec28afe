using System.Text.Json.Serialization;

namespace Dispatch.Gateway.Features.Open311;

/// <summary>
/// A service request as GeoReport v2 shows it: the client's own words and place, and the incident's progress (open or
/// closed, with the outcome once it has one); never who reported, who handled it or anyone else's words.
/// </summary>
public sealed record Open311RequestView(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("status_notes")] string StatusNotes,
    [property: JsonPropertyName("service_name")] string? ServiceName,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
    [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
    [property: JsonPropertyName("lat")] double Lat,
    [property: JsonPropertyName("long")] double Long);
