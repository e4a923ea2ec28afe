using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>An open incident as the duplicate check sees it.</summary>
public sealed record OpenIncident(string Id, string Category, GeoPoint Location, DateTimeOffset ReportedAt);
