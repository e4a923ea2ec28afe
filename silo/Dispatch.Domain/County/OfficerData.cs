namespace Dispatch.Domain.County;

// Part of the county file format: see CountyData.cs.

public sealed record OfficerData
{
    public required string Id { get; init; }
    /// <summary>The enforcement certificate number; also the officer's sign-in name.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string DepartmentId { get; init; }
    /// <summary>Null for officers stationed at county level.</summary>
    public string? TownshipId { get; init; }
    public IReadOnlyList<string> Qualifications { get; init; } = [];
    /// <summary>ASP.NET Identity v3 hash; null means the officer cannot sign in.</summary>
    public string? PasswordHash { get; init; }
}
