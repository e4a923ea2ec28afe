namespace Dispatch.Domain.Inspections.Execution;

/// <summary>The enterprise's rating of a visit through its inspection code (码上评价): once per visit.</summary>
public sealed record TaskRating(int Score, string Comment, DateTimeOffset RatedAt);
