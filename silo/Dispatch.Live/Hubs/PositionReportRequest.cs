namespace Dispatch.Live;

/// <summary><c>ReportPosition</c>'s argument. Nullable so a missing field gets its own clear error.</summary>
public sealed record PositionReportRequest(double? Lat, double? Lon, double? Accuracy, DateTimeOffset? DeviceTime);
