using Dispatch.Domain.Access;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Incidents.Listings;

/// <summary>
/// One page's question of GET /api/incidents: filters (all optional, combined with AND; several statuses with OR),
/// newest first, strictly below <see cref="After"/> (the cursor's member).
/// </summary>
public sealed record IncidentQuery(
    IReadOnlyList<IncidentStatus> Statuses,
    string? ZoneId,
    string? TownshipId,
    string? DepartmentId,
    string? Category,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Text,
    string? After,
    int Limit)
{
    public static readonly IncidentQuery All = new([], null, null, null, null, null, null, null, null, ListPaging.DefaultLimit);

    /// <summary>Whether this incident answers the question for this viewer (its scope first: what it may not see never matches).</summary>
    public bool Matches(IncidentRecord r, Scope viewer, string? categoryName) =>
        viewer.CanSeeIncident(r.ZoneId, r.TownshipId, r.DepartmentId, r.AssignedOfficerId, r.ReportedBy)
        && (Statuses.Count == 0 || Statuses.Contains(r.Status))
        && (ZoneId is null || r.ZoneId == ZoneId)
        && (TownshipId is null || r.TownshipId == TownshipId)
        && (DepartmentId is null || r.DepartmentId == DepartmentId)
        && (Category is null || r.Category == Category)
        && (From is null || r.CreatedAt >= From)
        && (To is null || r.CreatedAt < To)
        && (Text is null || Mentions(r, categoryName, Text));

    static bool Mentions(IncidentRecord r, string? categoryName, string text) =>
        r.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || r.Description.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (categoryName?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || r.Category.Contains(text, StringComparison.OrdinalIgnoreCase);
}
