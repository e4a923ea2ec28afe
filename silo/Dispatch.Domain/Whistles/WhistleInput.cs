namespace Dispatch.Domain.Whistles;

/// <summary>The body of a whistle action, unchecked: each action reads what it needs and refuses what is missing.</summary>
public sealed record WhistleInput(
    string? DepartmentId = null,
    IReadOnlyList<string>? OfficerIds = null,
    string? Reason = null,
    string? Result = null,
    IReadOnlyList<PartRatingInput>? Ratings = null);
