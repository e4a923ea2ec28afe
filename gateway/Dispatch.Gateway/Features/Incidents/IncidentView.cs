using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Gateway.Features.Common;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Incidents;

/// <summary>An incident as the API shows it (public contract: GET /api/incidents/{id}).</summary>
public sealed record IncidentView(
    string Id, IncidentStatus Status, string Category, string? CategoryName, Priority Priority, string Description, LatLonDto Location,
    string? TownshipId, string? GridId, string ZoneId, string DepartmentId, string? AssignedOfficerId,
    IReadOnlyList<DeadlineView> Deadlines, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IncidentSource Source,
    string ReportedBy, int Reports, string? Result, int? Score, IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<IncidentAction> AvailableActions, bool Merged, Priority? RequestedPriority, IncidentSource? RequestedSource, bool AwaitingOfficer,
    IReadOnlyList<string> WhistleIds)
{
    public static IncidentView Of(IncidentRecord r, Actor viewer, string? categoryName, DateTimeOffset now, bool merged = false) => new(
        r.Id, r.Status, r.Category, categoryName, r.Priority, r.Description, new LatLonDto(r.Location.Lat, r.Location.Lon),
        r.TownshipId, r.GridId, r.ZoneId, r.DepartmentId, r.AssignedOfficerId,
        r.Deadlines.Select(d => new DeadlineView(d.Kind, d.Due, !r.Met.Contains(d.Kind) && now > d.Due && r.Status.IsOpen(), r.Met.Contains(d.Kind))).ToList(),
        r.CreatedAt, r.UpdatedAt, r.Source, r.ReportedBy, r.Reports, r.Result, r.Score,
        r.Evidence.Select(e => new EvidenceView(e.Id, $"/api/incidents/{r.Id}/evidence/{e.Id}", e.ContentType, e.Size, e.UploadedBy, e.At)).ToList(),
        IncidentRules.AvailableTo(r, viewer),
        merged, r.RequestedPriority, r.RequestedSource, r.AwaitingOfficer, r.WhistleIds);
}
