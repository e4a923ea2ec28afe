using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Officers;

/// <summary>A position reported by a field device. Accuracy in metres (optional); time as the device saw it.</summary>
public readonly record struct PositionFix(GeoPoint Point, double? Accuracy, DateTimeOffset DeviceTime);
