using Dispatch.Domain.Geo;

namespace Dispatch.Domain.County;

/// <summary>
/// The county's reference data, validated and indexed. Immutable: every host (silo and gateway)
/// loads the same file, so lookups never need a grain call.
/// </summary>
public sealed class CountyDirectory
{
    readonly Dictionary<string, OfficerProfile> _officers;
    readonly Dictionary<string, OfficerProfile> _officersByCode;
    readonly Dictionary<string, TownshipData> _townships;
    readonly Dictionary<string, GeoPolygon> _townshipShapes;
    readonly Dictionary<string, GeoPolygon> _gridShapes;
    readonly Dictionary<string, IReadOnlyList<OfficerProfile>> _officersByZone;

    public CountyDirectory(CountyData data)
    {
        var errors = CountyValidator.Validate(data);
        if (errors.Count > 0)
            throw new InvalidCountyDataException(errors);

        Data = data;
        InspectionCatalogue = new Inspections.Catalogue.InspectionCatalogue(data.InspectionItems, data.InspectionScenarios);
        _townships = data.Townships.ToDictionary(t => t.Id);
        _townshipShapes = data.Townships.ToDictionary(t => t.Id, t => ToPolygon(t.Outline));
        _gridShapes = data.Grids.ToDictionary(g => g.Id, g => ToPolygon(g.Outline));
        _officers = data.Officers.ToDictionary(o => o.Id, o => new OfficerProfile(
            o.Id, o.Code, o.Name, o.DepartmentId, o.TownshipId,
            o.TownshipId is { } t ? _townships[t].ZoneId : null, o.Qualifications));
        _officersByCode = _officers.Values.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        _officersByZone = _officers.Values
            .Where(o => o.ZoneId is not null)
            .GroupBy(o => o.ZoneId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OfficerProfile>)g.OrderBy(o => o.Id, StringComparer.Ordinal).ToList());
    }

    public CountyData Data { get; }
    public Inspections.Catalogue.InspectionCatalogue InspectionCatalogue { get; }
    public IReadOnlyCollection<OfficerProfile> Officers => _officers.Values;

    public OfficerProfile? Officer(string id) => _officers.GetValueOrDefault(id);
    public OfficerProfile? OfficerByCode(string code) => _officersByCode.GetValueOrDefault(code);
    public TownshipData? Township(string id) => _townships.GetValueOrDefault(id);
    public bool HasZone(string id) => Data.Zones.Any(z => z.Id == id);
    public bool HasDepartment(string id) => Data.Departments.Any(d => d.Id == id);
    public Incidents.IncidentCategory? Category(string id) => Data.Categories.FirstOrDefault(c => c.Id == id);

    public IReadOnlyList<OfficerProfile> OfficersInZone(string zoneId) =>
        _officersByZone.GetValueOrDefault(zoneId) ?? [];

    public IEnumerable<TownshipData> TownshipsInZone(string zoneId) => Data.Townships.Where(t => t.ZoneId == zoneId);

    public GeoPolygon TownshipShape(string townshipId) => _townshipShapes[townshipId];

    /// <summary>The township whose outline contains the point, or null outside the county.</summary>
    public TownshipData? LocateTownship(GeoPoint p) =>
        _townshipShapes.FirstOrDefault(kv => kv.Value.Contains(p)) is { Key: { } id } ? _townships[id] : null;

    /// <summary>The grid whose outline contains the point, or null.</summary>
    public GridData? LocateGrid(GeoPoint p) =>
        _gridShapes.FirstOrDefault(kv => kv.Value.Contains(p)) is { Key: { } id } ? Data.Grids.First(g => g.Id == id) : null;

    static GeoPolygon ToPolygon(GeoJsonPolygon outline) =>
        new(outline.Coordinates[0].Select(c => new GeoPoint(c[1], c[0])).ToList());
}
