namespace Dispatch.Load;

/// <summary>
/// Random points inside the county's township outlines (GeoJSON polygons from <c>GET /api/county</c>): where
/// incidents are reported and where officers without a known position stand. Incident points of one category
/// are kept more than <see cref="MinSpacingMeters"/> apart within a run, so the system's duplicate rule (same
/// category within 100 m) does not merge them; the seed differs per run, so runs do not repeat each other's points.
/// </summary>
public sealed class TownshipPoints
{
    public const double MinSpacingMeters = 250;
    const double MetersPerDegreeLat = 111_320;

    readonly IReadOnlyList<TownshipListing> _townships;
    readonly Dictionary<string, TownshipListing> _byId;
    readonly Dictionary<string, List<OfficerPosition>> _usedByCategory = [];
    readonly Random _rng = new();
    readonly Lock _lock = new();

    public TownshipPoints(IReadOnlyList<TownshipListing> townships)
    {
        _townships = townships.Where(t => t.Outline.Coordinates is [{ Length: >= 4 }, ..]).ToList();
        if (_townships.Count == 0) throw new LoadException("GET /api/county lists no township with an outline the reporter may see");
        _byId = _townships.ToDictionary(t => t.Id);
    }

    public int Count => _townships.Count;

    /// <summary>A point for the next incident of <paramref name="category"/>: a random township, spaced from earlier ones.</summary>
    public OfficerPosition ForIncident(string category)
    {
        lock (_lock)
        {
            if (!_usedByCategory.TryGetValue(category, out var used)) _usedByCategory[category] = used = [];
            OfficerPosition point = default!;
            for (var attempt = 0; attempt < 50; attempt++)
            {
                point = Inside(_townships[_rng.Next(_townships.Count)]);
                if (used.All(u => Meters(u, point) > MinSpacingMeters)) break;
            }
            used.Add(point);
            return point;
        }
    }

    /// <summary>
    /// A random point in a random township, with that township's id, and no spacing: for the history bench, which
    /// keeps points apart only from the incidents still open (<see cref="OpenSpacing"/>), since a run of 100,000
    /// would make the all-pairs check of <see cref="ForIncident"/> quadratic.
    /// </summary>
    public (string TownshipId, OfficerPosition Point) Anywhere()
    {
        lock (_lock)
        {
            var township = _townships[_rng.Next(_townships.Count)];
            return (township.Id, Inside(township));
        }
    }

    /// <summary>Somewhere in the officer's own township (any township for county-level officers).</summary>
    public OfficerPosition ForOfficer(string? townshipId, int device)
    {
        lock (_lock)
            return Inside(townshipId is not null && _byId.TryGetValue(townshipId, out var t) ? t : _townships[device % _townships.Count]);
    }

    OfficerPosition Inside(TownshipListing township)
    {
        var ring = township.Outline.Coordinates[0];
        double south = ring.Min(p => p[1]), north = ring.Max(p => p[1]), west = ring.Min(p => p[0]), east = ring.Max(p => p[0]);
        // Keep clear of the edge a little, so the system locates the point in this township for sure.
        double insetLat = (north - south) * 0.05, insetLon = (east - west) * 0.05;
        for (var i = 0; i < 1000; i++)
        {
            // Rounded before the test, not after: a point a few centimetres inside the edge could round to outside it
            // (one report in 100,000 of the history bench was refused so).
            var lat = Math.Round(south + insetLat + _rng.NextDouble() * (north - south - 2 * insetLat), 6);
            var lon = Math.Round(west + insetLon + _rng.NextDouble() * (east - west - 2 * insetLon), 6);
            if (Contains(ring, lat, lon)) return new OfficerPosition(lat, lon);
        }
        throw new LoadException($"could not find a point inside township {township.Id}'s outline");
    }

    /// <summary>Even-odd ray casting over a ring of [lon, lat].</summary>
    public static bool Contains(double[][] ring, double lat, double lon)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }

    /// <summary>Distance on a local flat projection: good to a metre at the few hundred metres the duplicate rule looks at.</summary>
    public static double Meters(OfficerPosition a, OfficerPosition b)
    {
        var dLat = (a.Lat - b.Lat) * MetersPerDegreeLat;
        var dLon = (a.Lon - b.Lon) * MetersPerDegreeLat * Math.Cos(a.Lat * Math.PI / 180);
        return Math.Sqrt(dLat * dLat + dLon * dLon);
    }
}
