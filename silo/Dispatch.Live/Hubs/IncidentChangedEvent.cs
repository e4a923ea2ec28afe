namespace Dispatch.Live;

public sealed record IncidentChangedEvent(string Id, Dispatch.Domain.Incidents.IncidentStatus Status, Dispatch.Domain.Incidents.Priority Priority,
    string? AssignedOfficerId, LatLonDto Location, DateTimeOffset UpdatedAt)
{
    public static IncidentChangedEvent Of(Dispatch.Domain.Incidents.IncidentRecord r) =>
        new(r.Id, r.Status, r.Priority, r.AssignedOfficerId, new LatLonDto(r.Location.Lat, r.Location.Lon), r.UpdatedAt);
}
