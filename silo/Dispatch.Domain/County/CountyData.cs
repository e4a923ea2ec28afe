using System.Text.Json.Serialization;

namespace Dispatch.Domain.County;

// The county file format (documented in README "County data"). A real county replaces the demo file.
// JSON is camelCase; outlines are GeoJSON Polygon geometries with [lon, lat] coordinates.

public sealed record CountyData
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required LatLon Center { get; init; }
    public IReadOnlyList<ZoneData> Zones { get; init; } = [];
    public IReadOnlyList<TownshipData> Townships { get; init; } = [];
    public IReadOnlyList<GridData> Grids { get; init; } = [];
    public IReadOnlyList<DepartmentData> Departments { get; init; } = [];
    public IReadOnlyList<OfficerData> Officers { get; init; } = [];
    public IReadOnlyList<AccountData> Accounts { get; init; } = [];
    /// <summary>The responsibility list: problem category → responsible department and qualification.</summary>
    public IReadOnlyList<Incidents.IncidentCategory> Categories { get; init; } = [];
    public Incidents.IncidentSettings Incidents { get; init; } = new();
}

public sealed record LatLon(double Lat, double Lon);

public sealed record ZoneData(string Id, string Name);

public sealed record TownshipData(string Id, string Name, string ZoneId, GeoJsonPolygon Outline);

public sealed record GridData(string Id, string Name, string TownshipId, GeoJsonPolygon Outline);

public sealed record DepartmentData(string Id, string Name, string ShortName);

public sealed record OfficerData
{
    public required string Id { get; init; }
    /// <summary>The enforcement certificate number; also the officer's sign-in name.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string DepartmentId { get; init; }
    /// <summary>Null for officers stationed at county level.</summary>
    public string? TownshipId { get; init; }
    public IReadOnlyList<string> Qualifications { get; init; } = [];
    /// <summary>ASP.NET Identity v3 hash; null means the officer cannot sign in.</summary>
    public string? PasswordHash { get; init; }
}

public sealed record AccountData
{
    public required string Username { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }
    public required string DisplayName { get; init; }
    public IReadOnlyList<string> ZoneIds { get; init; } = [];
    public string? TownshipId { get; init; }
    public string? DepartmentId { get; init; }
    public string? OfficerId { get; init; }
    public string? GridId { get; init; }
}

public sealed record GeoJsonPolygon
{
    [JsonPropertyName("type")] public string Type { get; init; } = "Polygon";
    /// <summary>Rings of [lon, lat] pairs; the first ring is the outline, the ring is closed.</summary>
    [JsonPropertyName("coordinates")] public required double[][][] Coordinates { get; init; }
}
