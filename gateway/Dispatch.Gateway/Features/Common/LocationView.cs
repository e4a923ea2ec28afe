namespace Dispatch.Gateway.Features.Common;

public sealed record LocationView(double Lat, double Lon);
