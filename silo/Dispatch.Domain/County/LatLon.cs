namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record LatLon(double Lat, double Lon);
