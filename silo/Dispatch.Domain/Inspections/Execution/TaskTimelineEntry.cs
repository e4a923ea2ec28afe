namespace Dispatch.Domain.Inspections.Execution;

/// <summary>One recorded step of a visit: who (a username, or "system" / "enterprise"), what, when, and a detail in Chinese.</summary>
public sealed record TaskTimelineEntry(DateTimeOffset At, string Action, string By, string Detail);
