using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Whistles;

/// <summary>A township whistle (乡镇吹哨) and its record: the summoned departments' parts and every step taken.</summary>
public sealed record WhistleRecord(
    string Id,
    WhistleStatus Status,
    string Title,
    string Description,
    WhistleUrgency Urgency,
    string TownshipId,
    string ZoneId,
    GeoPoint Location,
    string? IncidentId,
    IReadOnlyList<WhistlePart> Departments,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<WhistleTimelineEntry> Timeline,
    DateTimeOffset? OpenedAt = null)
{
    public bool IsOpen => Status is WhistleStatus.PendingApproval or WhistleStatus.Open;

    public WhistlePart? Part(string? departmentId) => Departments.FirstOrDefault(p => p.DepartmentId == departmentId);

    /// <summary>Officers working the whistle now (named, not yet released by their part being handled).</summary>
    public IEnumerable<string> OfficersAtWork => Status == WhistleStatus.Open
        ? Departments.Where(p => p.Progress != PartStatus.Handled).SelectMany(p => p.Officers)
        : [];

    public bool Names(string departmentId) => Departments.Any(p => p.DepartmentId == departmentId);

    public bool HasOfficer(string officerId) => Departments.Any(p => p.Officers.Contains(officerId));
}
