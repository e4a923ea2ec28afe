namespace Dispatch.Live;

/// <summary>An urgent incident that auto-dispatch could not place: nobody free and qualified yet.</summary>
public sealed record IncidentAwaitingOfficerEvent(string Id, string Category, Dispatch.Domain.Incidents.Priority Priority, string DepartmentId,
    LatLonDto Location, DateTimeOffset Since);
