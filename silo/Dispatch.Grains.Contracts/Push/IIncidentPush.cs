using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts.Push;

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
