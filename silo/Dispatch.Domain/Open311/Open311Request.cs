namespace Dispatch.Domain.Open311;

/// <summary>A GeoReport v2 service request as the client sent it, kept beside the incident it was filed as.</summary>
public sealed record Open311Request(
    string ServiceRequestId,
    string ServiceCode,
    string Description,
    double Lat,
    double Lon,
    string? AddressString,
    string? MediaUrl,
    DateTimeOffset RequestedAt);
