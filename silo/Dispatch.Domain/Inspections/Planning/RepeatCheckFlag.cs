
namespace Dispatch.Domain.Inspections.Planning;

/// <summary>A planned visit that comes within the county's repeat-alert window of an earlier check of the same enterprise.</summary>
public sealed record RepeatCheckFlag(string CreditCode, DateOnly PlannedDate, DateOnly PreviousCheck, string PreviousDepartmentId, int DaysApart);
