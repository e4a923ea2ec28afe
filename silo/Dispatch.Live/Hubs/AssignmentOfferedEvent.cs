namespace Dispatch.Live;

public sealed record AssignmentOfferedEvent(string IncidentId, string Category, Dispatch.Domain.Incidents.Priority Priority, string Description,
    LatLonDto Location, double? DistanceMeters, DateTimeOffset? Deadline);
