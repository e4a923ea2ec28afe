namespace Dispatch.Domain.County;

/// <summary>Who an officer is: fixed data from the county file, with the zone resolved from the station township.</summary>
public sealed record OfficerProfile(
    string Id,
    string Code,
    string Name,
    string DepartmentId,
    string? TownshipId,
    string? ZoneId,
    IReadOnlyList<string> Qualifications);
