namespace Dispatch.Domain.Inspections.Execution;

/// <summary>The result of one item of a visit, with the evidence it rests on and who recorded it.</summary>
public sealed record ItemResult(string ItemCode, ItemOutcome Outcome, string Note, IReadOnlyList<string> EvidenceIds, string RecordedBy, DateTimeOffset RecordedAt);
