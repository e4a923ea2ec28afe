namespace Dispatch.Domain.Geo;

/// <summary>A WGS-84 position in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    public bool IsValid =>
        double.IsFinite(Lat) && double.IsFinite(Lon) && Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;

    public override string ToString() => FormattableString.Invariant($"{Lat:F6},{Lon:F6}");
}
