namespace Dispatch.Load;

/// <summary>Everything one measured run (system or floor) produced; also the JSON shape of <c>--json</c>.</summary>
public sealed record RunFigures
{
    public required string Target { get; init; }
    public required string Address { get; init; }
    public int Devices { get; init; }
    public long Connected { get; init; }
    public long ConnectFailures { get; init; }
    public IReadOnlyDictionary<string, long> ConnectFailureKinds { get; init; } = new Dictionary<string, long>();
    public double ConnectSeconds { get; init; }
    public double IntervalSeconds { get; init; }
    /// <summary>How long the fleet was sending (the --duration unless interrupted).</summary>
    public double WindowSeconds { get; init; }
    public long FixesSent { get; init; }
    public long Accepted { get; init; }
    public double AcceptedPerSecond { get; init; }
    public IReadOnlyDictionary<string, long> Ignored { get; init; } = new Dictionary<string, long>();
    public long Errors { get; init; }
    public IReadOnlyDictionary<string, long> ErrorKinds { get; init; } = new Dictionary<string, long>();
    public long SendsSkipped { get; init; }
    public long ConnectionsLost { get; init; }
    /// <summary>Fixes of this run seen on the console (each at most once).</summary>
    public long Delivered { get; init; }
    public double DeliveredPerSecond { get; init; }
    /// <summary>Accepted fixes that never reached the console before the drain ended.</summary>
    public long Missing { get; init; }
    public long Duplicates { get; init; }
    public long UnknownMoves { get; init; }
    public long UnexpectedMoves { get; init; }
    public long Batches { get; init; }
    public double MeanBatchSize { get; init; }
    public long StatusChanges { get; init; }
    public string? ConsoleLost { get; init; }
    /// <summary>Fix → console: arrival on the console minus the device's send time, ms.</summary>
    public required LatencySummary Latency { get; init; }
    /// <summary>Device invocation round trip (ReportPosition or Echo), ms.</summary>
    public required LatencySummary RoundTrip { get; init; }
}
