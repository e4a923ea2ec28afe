namespace Dispatch.Domain.Inspections.Execution;

/// <summary>One item's result as sent by an inspector, unchecked: every field may be missing or malformed.</summary>
public sealed record ItemResultInput(string? ItemCode, string? Outcome, string? Note, IReadOnlyList<string?>? EvidenceIds);
