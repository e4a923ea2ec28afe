using Dispatch.Domain.Whistles;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Whistles;

/// <summary>A whistle as the API shows it (public contract: GET /api/whistles/{id}).</summary>
public sealed record WhistleView(
    string Id, WhistleStatus Status, string Title, string Description, WhistleUrgency Urgency, string TownshipId, string ZoneId,
    LatLonDto Location, string? IncidentId, IReadOnlyList<WhistlePartView> Departments, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    string CreatedBy)
{
    public static WhistleView Of(WhistleRecord w) => new(w.Id, w.Status, w.Title, w.Description, w.Urgency, w.TownshipId, w.ZoneId,
        new LatLonDto(w.Location.Lat, w.Location.Lon), w.IncidentId, w.Departments.Select(WhistlePartView.Of).ToList(), w.CreatedAt, w.UpdatedAt,
        w.CreatedBy);
}

/// <summary>
/// One summoned department's part. <c>deadline</c> is the time limit the part must meet next (report until officers are
/// named, then arrival; null once arrived); the two limits themselves, who acknowledged and arrived, and whether the
/// zone centre was told of a lapse are given too.
/// </summary>
public sealed record WhistlePartView(
    string DepartmentId, PartRole Role, string? Needs, PartStatus Status, IReadOnlyList<string> OfficerIds, DateTimeOffset? Deadline,
    DateTimeOffset? ReportedAt, DateTimeOffset? ArrivedAt, DateTimeOffset? HandledAt, string? Result, DepartmentRating? Rating,
    DateTimeOffset? ReportDeadline, DateTimeOffset? ArriveDeadline, IReadOnlyList<string> AcknowledgedBy, IReadOnlyList<string> ArrivedBy, bool Escalated)
{
    public static WhistlePartView Of(WhistlePart p) => new(p.DepartmentId, p.Role, p.Needs, p.Status, p.Officers, p.Deadline,
        p.ReportedAt, p.ArrivedAt, p.HandledAt, p.Result, p.Rating, p.ReportDeadline, p.ArriveDeadline, p.Acknowledged, p.Arrived, p.Escalated);
}
