using System.Text.Json.Serialization;

namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record GeoJsonPolygon
{
    [JsonPropertyName("type")] public string Type { get; init; } = "Polygon";
    /// <summary>Rings of [lon, lat] pairs; the first ring is the outline, the ring is closed.</summary>
    [JsonPropertyName("coordinates")] public required double[][][] Coordinates { get; init; }
}
