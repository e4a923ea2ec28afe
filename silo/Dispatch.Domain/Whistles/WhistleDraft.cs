namespace Dispatch.Domain.Whistles;

/// <summary>A whistle exactly as the township sent it: nothing checked yet (see <see cref="WhistleIntake"/>).</summary>
public sealed record WhistleDraft(
    string? Title,
    string? Description,
    double? Lat,
    double? Lon,
    string? TownshipId,
    string? Urgency,
    IReadOnlyList<PartDraft>? Departments,
    string? IncidentId);

public sealed record PartDraft(string? DepartmentId, string? Role, string? Needs);
