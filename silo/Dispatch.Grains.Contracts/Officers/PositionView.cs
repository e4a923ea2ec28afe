namespace Dispatch.Grains.Contracts.Officers;

[GenerateSerializer, Immutable]
public sealed record PositionView(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] double? Accuracy,
    [property: Id(3)] DateTimeOffset Time);
