using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts.Officers;

/// <summary>What became of a fix: accepted, or quietly ignored with the reason (devices resend, GPS jumps).</summary>
[GenerateSerializer, Immutable]
public sealed record ReportResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] FixOutcome Outcome);
