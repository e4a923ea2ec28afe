using Dispatch.Domain.Officers;

namespace Dispatch.Live;

/// <summary>Event and argument shapes on the hubs: public contract, field devices are built against these names.</summary>
public static class HubEvents
{
    public const string OfficersMoved = "officersMoved";
    public const string OfficerStatusChanged = "officerStatusChanged";
    public const string IncidentChanged = "incidentChanged";
    public const string IncidentEscalated = "incidentEscalated";
    public const string AssignmentOffered = "assignmentOffered";
    public const string AssignmentWithdrawn = "assignmentWithdrawn";
    public const string IncidentAwaitingOfficer = "incidentAwaitingOfficer";
}

public sealed record LatLonDto(double Lat, double Lon);

public sealed record IncidentChangedEvent(string Id, Dispatch.Domain.Incidents.IncidentStatus Status, Dispatch.Domain.Incidents.Priority Priority,
    string? AssignedOfficerId, LatLonDto Location, DateTimeOffset UpdatedAt)
{
    public static IncidentChangedEvent Of(Dispatch.Domain.Incidents.IncidentRecord r) =>
        new(r.Id, r.Status, r.Priority, r.AssignedOfficerId, new LatLonDto(r.Location.Lat, r.Location.Lon), r.UpdatedAt);
}

public sealed record IncidentEscalatedEvent(string Id, Dispatch.Domain.Incidents.EscalationLevel Level, Dispatch.Domain.Incidents.DeadlineKind DeadlineKind, DateTimeOffset? Due);

public sealed record AssignmentOfferedEvent(string IncidentId, string Category, Dispatch.Domain.Incidents.Priority Priority, string Description,
    LatLonDto Location, double? DistanceMeters, DateTimeOffset? Deadline);

/// <summary>An urgent incident that auto-dispatch could not place: nobody free and qualified yet.</summary>
public sealed record IncidentAwaitingOfficerEvent(string Id, string Category, Dispatch.Domain.Incidents.Priority Priority, string DepartmentId,
    LatLonDto Location, DateTimeOffset Since);

public sealed record AssignmentWithdrawnEvent(string IncidentId, string Reason);

public sealed record OfficerMovedEvent(string OfficerId, double Lat, double Lon, OfficerStatus Status, DateTimeOffset Time);

public sealed record OfficerStatusChangedEvent(string OfficerId, OfficerStatus Status, DateTimeOffset Time);

/// <summary><c>ReportPosition</c>'s argument. Nullable so a missing field gets its own clear error.</summary>
public sealed record PositionReportRequest(double? Lat, double? Lon, double? Accuracy, DateTimeOffset? DeviceTime);

public sealed record PositionReportResult(bool Accepted, string Outcome);
