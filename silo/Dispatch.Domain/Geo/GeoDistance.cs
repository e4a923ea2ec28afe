namespace Dispatch.Domain.Geo;

public static class GeoDistance
{
    const double EarthRadiusMeters = 6_371_008.8;

    /// <summary>Great-circle distance (haversine); ample precision at county scale.</summary>
    public static double Meters(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLon = ToRadians(b.Lon - a.Lon);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The point reached from <paramref name="from"/> after <paramref name="meters"/> along a bearing.</summary>
    public static GeoPoint Offset(GeoPoint from, double meters, double bearingDegrees)
    {
        var d = meters / EarthRadiusMeters;
        var brg = ToRadians(bearingDegrees);
        var lat1 = ToRadians(from.Lat);
        var lon1 = ToRadians(from.Lon);
        var lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(d) + Math.Cos(lat1) * Math.Sin(d) * Math.Cos(brg));
        var lon2 = lon1 + Math.Atan2(Math.Sin(brg) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - Math.Sin(lat1) * Math.Sin(lat2));
        return new GeoPoint(ToDegrees(lat2), ToDegrees(lon2));
    }

    static double ToRadians(double deg) => deg * Math.PI / 180;
    static double ToDegrees(double rad) => rad * 180 / Math.PI;
}
