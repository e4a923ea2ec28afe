namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record GridData(string Id, string Name, string TownshipId, GeoJsonPolygon Outline);
