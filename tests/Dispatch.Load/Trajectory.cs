namespace Dispatch.Load;

/// <summary>
/// A device walking back and forth along a straight line at a steady pace, as a function of time since the run
/// started. Any two fixes are therefore at most <see cref="SpeedMetersPerSecond"/> × their time apart, far
/// below the system's 70 m/s cut-off, whatever the send schedule.
/// </summary>
public sealed class Trajectory
{
    public const double SpeedMetersPerSecond = 0.5;  // a few metres per fix at --interval 10
    const double LengthMeters = 400;
    const double MetersPerDegreeLat = 111_320;

    readonly double _lat0, _lon0, _dLat, _dLon;
    readonly DateTimeOffset _epoch;

    public Trajectory(double lat, double lon, double headingRadians, DateTimeOffset epoch)
    {
        _lat0 = lat;
        _lon0 = lon;
        _dLat = Math.Cos(headingRadians) / MetersPerDegreeLat;
        _dLon = Math.Sin(headingRadians) / (MetersPerDegreeLat * Math.Cos(lat * Math.PI / 180));
        _epoch = epoch;
    }

    public (double Lat, double Lon) At(DateTimeOffset time)
    {
        var walked = Math.Max(0, (time - _epoch).TotalSeconds) * SpeedMetersPerSecond % (2 * LengthMeters);
        var along = walked <= LengthMeters ? walked : 2 * LengthMeters - walked;
        return (_lat0 + along * _dLat, _lon0 + along * _dLon);
    }

    /// <summary>
    /// Starts where the system last saw the officer (so the first fix is not an impossible jump from an earlier
    /// run or the demo simulator), else at a point fixed by the device number inside the county's township block.
    /// </summary>
    public static Trajectory For(int device, OfficerPosition? lastKnown, DateTimeOffset epoch)
    {
        var rng = new Random(7919 * (device + 1));
        var heading = rng.NextDouble() * 2 * Math.PI;
        if (lastKnown is { } p) return new Trajectory(p.Lat, p.Lon, heading, epoch);
        var (south, west, north, east) = CountyFileWriter.Bounds(inset: 0.005);
        return new Trajectory(south + rng.NextDouble() * (north - south), west + rng.NextDouble() * (east - west), heading, epoch);
    }
}
