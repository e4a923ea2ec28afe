using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Contracts;

[GenerateSerializer, Immutable]
public sealed record PositionView(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] double? Accuracy,
    [property: Id(3)] DateTimeOffset Time);

/// <summary>An officer's live state: duty status and last accepted position.</summary>
[GenerateSerializer, Immutable]
public sealed record OfficerLive(
    [property: Id(0)] string OfficerId,
    [property: Id(1)] OfficerStatus Status,
    [property: Id(2)] DateTimeOffset StatusSince,
    [property: Id(3)] PositionView? Position);

/// <summary>A fix as a field device sends it.</summary>
[GenerateSerializer, Immutable]
public sealed record PositionReport(
    [property: Id(0)] double Lat,
    [property: Id(1)] double Lon,
    [property: Id(2)] double? Accuracy,
    [property: Id(3)] DateTimeOffset DeviceTime);

/// <summary>Who speaks for the officer: the real field device, or the demo simulator (which yields to a live device).</summary>
[GenerateSerializer]
public enum ReportSource
{
    Device,
    Simulator,
}

/// <summary>What became of a fix: accepted, or quietly ignored with the reason (devices resend, GPS jumps).</summary>
[GenerateSerializer, Immutable]
public sealed record ReportResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] FixOutcome Outcome);
