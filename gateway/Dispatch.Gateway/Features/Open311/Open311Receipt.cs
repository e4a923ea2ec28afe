using System.Text.Json.Serialization;

namespace Dispatch.Gateway.Features.Open311;

/// <summary>GeoReport v2's answer to a new service request.</summary>
public sealed record Open311Receipt(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("service_notice")] string ServiceNotice);
