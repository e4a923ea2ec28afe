namespace Dispatch.Domain.Whistles;

/// <summary>One department's rating as the township sends it.</summary>
public sealed record PartRatingInput(string? DepartmentId, int? Response, int? Result, int? Attitude);
