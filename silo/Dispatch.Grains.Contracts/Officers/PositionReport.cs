namespace Dispatch.Grains.Contracts.Officers;

/// <summary>A fix as a field device sends it.</summary>
[GenerateSerializer, Immutable]
public sealed record PositionReport(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] double? Accuracy,
    [property: Id(3)] DateTimeOffset DeviceTime);
