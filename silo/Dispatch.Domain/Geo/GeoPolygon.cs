namespace Dispatch.Domain.Geo;

/// <summary>A simple polygon (one outer ring) such as a township or grid outline.</summary>
public sealed class GeoPolygon
{
    public GeoPolygon(IReadOnlyList<GeoPoint> ring)
    {
        if (ring.Count < 3) throw new ArgumentException("A polygon needs at least three points.", nameof(ring));
        Ring = ring;
        MinLat = ring.Min(p => p.Lat); MaxLat = ring.Max(p => p.Lat);
        MinLon = ring.Min(p => p.Lon); MaxLon = ring.Max(p => p.Lon);
    }

    public IReadOnlyList<GeoPoint> Ring { get; }
    public double MinLat { get; }
    public double MaxLat { get; }
    public double MinLon { get; }
    public double MaxLon { get; }

    public GeoPoint Centroid => new(Ring.Average(p => p.Lat), Ring.Average(p => p.Lon));

    /// <summary>Ray casting; a point on the boundary may fall either way, which is fine for routing.</summary>
    public bool Contains(GeoPoint p)
    {
        if (p.Lat < MinLat || p.Lat > MaxLat || p.Lon < MinLon || p.Lon > MaxLon) return false;
        var inside = false;
        for (int i = 0, j = Ring.Count - 1; i < Ring.Count; j = i++)
        {
            var a = Ring[i];
            var b = Ring[j];
            if ((a.Lat > p.Lat) != (b.Lat > p.Lat) &&
                p.Lon < (b.Lon - a.Lon) * (p.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon)
                inside = !inside;
        }
        return inside;
    }
}
