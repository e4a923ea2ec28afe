namespace Dispatch.Gateway.Endpoints;

public sealed record LocationView(double Lat, double Lon);
