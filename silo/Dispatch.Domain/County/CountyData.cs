namespace Dispatch.Domain.County;

// The county file format (documented in docs/county-data.md). A real county replaces the demo file.
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
    /// <summary>Township whistles: which urgencies skip approval, and the time limits per urgency.</summary>
    public Whistles.WhistleSettings Whistles { get; init; } = new();
    /// <summary>Joint inspections: the county's numbers (caps, days, windows), its inspection items and its scenarios (一件事).</summary>
    public Inspections.InspectionSettings Inspections { get; init; } = new();
    public IReadOnlyList<Inspections.Catalogue.InspectionItem> InspectionItems { get; init; } = [];
    public IReadOnlyList<Inspections.Planning.InspectionScenario> InspectionScenarios { get; init; } = [];
}
