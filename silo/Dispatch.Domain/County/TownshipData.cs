namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record TownshipData(string Id, string Name, string ZoneId, GeoJsonPolygon Outline);
