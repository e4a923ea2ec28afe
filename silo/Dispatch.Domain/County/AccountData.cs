namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record AccountData
{
    public required string Username { get; init; }
    public required string PasswordHash { get; init; }
    public required string Role { get; init; }
    public required string DisplayName { get; init; }
    public IReadOnlyList<string> ZoneIds { get; init; } = [];
    public string? TownshipId { get; init; }
    public string? DepartmentId { get; init; }
    public string? OfficerId { get; init; }
    public string? GridId { get; init; }
    /// <summary>Township staff who approve their township's whistles (the township's principal leader, 乡镇主要领导).</summary>
    public bool Approver { get; init; }
}
