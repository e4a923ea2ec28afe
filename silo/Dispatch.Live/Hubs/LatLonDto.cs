namespace Dispatch.Live;

public sealed record LatLonDto(double Lat, double Lon);
