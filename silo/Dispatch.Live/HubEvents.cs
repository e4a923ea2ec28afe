using Dispatch.Domain.Officers;

namespace Dispatch.Live;

/// <summary>Event and argument shapes on the hubs: public contract, field devices are built against these names.</summary>
public static class HubEvents
{
    public const string OfficersMoved = "officersMoved";
    public const string OfficerStatusChanged = "officerStatusChanged";
}

public sealed record OfficerMovedEvent(string OfficerId, double Lat, double Lon, OfficerStatus Status, DateTimeOffset Time);

public sealed record OfficerStatusChangedEvent(string OfficerId, OfficerStatus Status, DateTimeOffset Time);

/// <summary><c>ReportPosition</c>'s argument. Nullable so a missing field gets its own clear error.</summary>
public sealed record PositionReportRequest(double? Lat, double? Lon, double? Accuracy, DateTimeOffset? DeviceTime);

public sealed record PositionReportResult(bool Accepted, string Outcome);
