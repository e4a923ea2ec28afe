using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>An incident as lists and the duplicate check see it.</summary>
public sealed record IncidentSummary(
    string Id,
    IncidentStatus Status,
    string Category,
    Priority Priority,
    GeoPoint Location,
    string ZoneId,
    string? TownshipId,
    string DepartmentId,
    string? AssignedOfficerId,
    string ReportedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool AwaitingOfficer = false)
{
    public static IncidentSummary Of(IncidentRecord r) => new(r.Id, r.Status, r.Category, r.Priority, r.Location, r.ZoneId, r.TownshipId,
        r.DepartmentId, r.AssignedOfficerId, r.ReportedBy, r.CreatedAt, r.UpdatedAt, r.AwaitingOfficer);
}
