namespace Dispatch.Domain.Incidents;

/// <summary>A deadline on an incident, from when the clock started.</summary>
public sealed record Deadline(DeadlineKind Kind, DateTimeOffset Due);
