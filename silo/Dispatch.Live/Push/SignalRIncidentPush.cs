using Dispatch.Domain.Access;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts.Push;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Live;

/// <summary>
/// Incident changes to the consoles of the incident's zone, department and township and to the reporter's own
/// page; assignments to the officer's devices. In a cluster these go through the Redis backplane like the feed.
/// </summary>
public sealed class SignalRIncidentPush(IHubContext<ConsoleHub> console, IHubContext<FieldHub> field) : IIncidentPush
{
    public Task IncidentChanged(IncidentRecord r)
    {
        var change = IncidentChangedEvent.Of(r);
        var toConsoles = console.Clients.Groups(Audiences(r)).SendAsync(HubEvents.IncidentChanged, change);
        // The assigned officer's device hears of changes to its task too (an extension, a new priority, closure).
        return r.AssignedOfficerId is { } officer
            ? Task.WhenAll(toConsoles, field.Clients.Group(FieldHub.OfficerGroup(officer)).SendAsync(HubEvents.IncidentChanged, change))
            : toConsoles;
    }

    public Task IncidentEscalated(IncidentRecord r, Escalation e) =>
        console.Clients.Groups(Audiences(r)).SendAsync(HubEvents.IncidentEscalated,
            new IncidentEscalatedEvent(r.Id, e.Level, e.Kind, r.Deadlines.FirstOrDefault(d => d.Kind == e.Kind)?.Due));

    public Task AssignmentOffered(string officerId, AssignmentOffer offer) =>
        field.Clients.Group(FieldHub.OfficerGroup(officerId)).SendAsync(HubEvents.AssignmentOffered, new AssignmentOfferedEvent(
            offer.IncidentId, offer.Category, offer.Priority, offer.Description, new LatLonDto(offer.Location.Lat, offer.Location.Lon),
            offer.DistanceMeters, offer.Deadline));

    public Task AssignmentWithdrawn(string officerId, string incidentId, string reason) =>
        field.Clients.Group(FieldHub.OfficerGroup(officerId)).SendAsync(HubEvents.AssignmentWithdrawn, new AssignmentWithdrawnEvent(incidentId, reason));

    public Task IncidentAwaitingOfficer(IncidentRecord r) =>
        console.Clients.Groups(Audiences(r)).SendAsync(HubEvents.IncidentAwaitingOfficer, new IncidentAwaitingOfficerEvent(
            r.Id, r.Category, r.Priority, r.DepartmentId, new LatLonDto(r.Location.Lat, r.Location.Lon), r.UpdatedAt));

    static IReadOnlyList<string> Audiences(IncidentRecord r)
    {
        var groups = new List<string> { Domain.Access.Audiences.Zone(r.ZoneId), Domain.Access.Audiences.Department(r.DepartmentId), IncidentScope.Reporter(r.ReportedBy) };
        if (r.TownshipId is { } t) groups.Add(Domain.Access.Audiences.Township(t));
        return groups;
    }
}
