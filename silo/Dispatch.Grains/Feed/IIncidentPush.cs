using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Feed;

/// <summary>An assignment as the officer's device shows it.</summary>
public sealed record AssignmentOffer(string IncidentId, string Category, Priority Priority, string Description,
    Dispatch.Domain.Geo.GeoPoint Location, double? DistanceMeters, DateTimeOffset? Deadline);

/// <summary>Where incident changes go: consoles of the incident's audiences, the reporter, the officer's device.</summary>
public interface IIncidentPush
{
    Task IncidentChanged(IncidentRecord incident);
    Task IncidentEscalated(IncidentRecord incident, Escalation escalation);
    Task AssignmentOffered(string officerId, AssignmentOffer offer);
    Task AssignmentWithdrawn(string officerId, string incidentId, string reason);
    /// <summary>An urgent incident auto-dispatch could not place: the zone console raises an alert.</summary>
    Task IncidentAwaitingOfficer(IncidentRecord incident);
}
