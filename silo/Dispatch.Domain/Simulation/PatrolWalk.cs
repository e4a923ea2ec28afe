using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Simulation;

/// <summary>
/// A plausible patrol for the demo: an officer heads for a random point in the station township at walking or
/// driving speed, and on arrival picks another. Deterministic for a given seed.
/// </summary>
public sealed class PatrolWalk
{
    readonly GeoPolygon _area;
    readonly Random _rng;
    GeoPoint _target;

    public PatrolWalk(GeoPolygon area, int seed)
    {
        _area = area;
        _rng = new Random(seed);
        Position = RandomPointInside();
        _target = RandomPointInside();
        SpeedMetersPerSecond = _rng.Next(3) == 0 ? 8.0 : 1.4; // a third patrol by car, the rest on foot
    }

    public GeoPoint Position { get; private set; }
    public double SpeedMetersPerSecond { get; }

    public GeoPoint Advance(TimeSpan elapsed)
    {
        var step = SpeedMetersPerSecond * elapsed.TotalSeconds;
        var remaining = GeoDistance.Meters(Position, _target);
        if (remaining <= step)
        {
            Position = _target;
            _target = RandomPointInside();
            return Position;
        }
        var bearing = Bearing(Position, _target);
        Position = GeoDistance.Offset(Position, step, bearing);
        return Position;
    }

    GeoPoint RandomPointInside()
    {
        for (var i = 0; i < 100; i++)
        {
            var p = new GeoPoint(
                _area.MinLat + _rng.NextDouble() * (_area.MaxLat - _area.MinLat),
                _area.MinLon + _rng.NextDouble() * (_area.MaxLon - _area.MinLon));
            if (_area.Contains(p)) return p;
        }
        return _area.Centroid;
    }

    static double Bearing(GeoPoint a, GeoPoint b)
    {
        var lat1 = a.Lat * Math.PI / 180;
        var lat2 = b.Lat * Math.PI / 180;
        var dLon = (b.Lon - a.Lon) * Math.PI / 180;
        var y = Math.Sin(dLon) * Math.Cos(lat2);
        var x = Math.Cos(lat1) * Math.Sin(lat2) - Math.Sin(lat1) * Math.Cos(lat2) * Math.Cos(dLon);
        return Math.Atan2(y, x) * 180 / Math.PI;
    }
}
