namespace Dispatch.Domain.Whistles;

/// <summary>A time limit a department missed and what was done about it (recorded once per stage and level).</summary>
public sealed record WhistleLapse(string DepartmentId, WhistleStage Stage, LapseLevel Level, DateTimeOffset Due);
