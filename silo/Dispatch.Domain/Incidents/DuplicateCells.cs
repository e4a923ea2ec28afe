using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// The open incidents of a zone in cells of about the duplicate radius, by category, so the duplicate check looks at
/// the few open incidents of the category around the point, never at the zone's history. Cells are square in degrees
/// of latitude; a degree of longitude is shorter, so enough columns either side are searched to cover the radius.
/// </summary>
public sealed class DuplicateCells(double radiusMeters)
{
    const double MetersPerDegree = 111_320;
    readonly double _cell = Math.Max(radiusMeters, 1) / MetersPerDegree;
    readonly Dictionary<(string Category, long Row, long Column), List<OpenIncident>> _cells = [];
    readonly Dictionary<string, (string Category, long Row, long Column)> _where = [];

    public int Count => _where.Count;

    public void Put(OpenIncident incident)
    {
        Remove(incident.Id);
        var key = (incident.Category, Row(incident.Location), Column(incident.Location));
        (_cells.TryGetValue(key, out var list) ? list : _cells[key] = []).Add(incident);
        _where[incident.Id] = key;
    }

    public void Remove(string id)
    {
        if (!_where.Remove(id, out var key)) return;
        var list = _cells[key];
        list.RemoveAll(i => i.Id == id);
        if (list.Count == 0) _cells.Remove(key);
    }

    /// <summary>Every open incident of the category that may lie within the radius of the point (and a few more).</summary>
    public IEnumerable<OpenIncident> Near(string category, GeoPoint at)
    {
        var row = Row(at);
        var column = Column(at);
        var cos = Math.Max(Math.Cos(at.Lat * Math.PI / 180), 0.05);
        var columns = (long)Math.Ceiling(1 / cos);
        for (var r = row - 1; r <= row + 1; r++)
            for (var c = column - columns; c <= column + columns; c++)
                if (_cells.TryGetValue((category, r, c), out var list))
                    foreach (var i in list) yield return i;
    }

    long Row(GeoPoint p) => (long)Math.Floor(p.Lat / _cell);
    long Column(GeoPoint p) => (long)Math.Floor(p.Lon / _cell);
}
