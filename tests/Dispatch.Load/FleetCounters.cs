using System.Collections.Concurrent;

namespace Dispatch.Load;

/// <summary>What the devices saw: fixes sent, the system's answers, failures, invocation round trips.</summary>
public sealed class FleetCounters
{
    const int MaxSamples = 5;
    long _sent, _accepted, _errors, _skipped, _lost, _connected, _connectFailures;
    readonly ConcurrentDictionary<string, long> _ignored = new();
    readonly ConcurrentDictionary<string, long> _errorKinds = new();
    readonly ConcurrentDictionary<string, long> _connectErrorKinds = new();

    public LatencyStats RoundTrip { get; } = new();

    public long Sent => Interlocked.Read(ref _sent);
    public long Accepted => Interlocked.Read(ref _accepted);
    public long Errors => Interlocked.Read(ref _errors);
    /// <summary>Sends not attempted because the device's connection had closed.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);
    public long ConnectionsLost => Interlocked.Read(ref _lost);
    public long Connected => Interlocked.Read(ref _connected);
    public long ConnectFailures => Interlocked.Read(ref _connectFailures);
    public IReadOnlyDictionary<string, long> Ignored => _ignored.OrderBy(k => k.Key).ToDictionary();
    public long IgnoredTotal => _ignored.Values.Sum();
    public IReadOnlyDictionary<string, long> ErrorKinds => Top(_errorKinds);
    public IReadOnlyDictionary<string, long> ConnectFailureKinds => Top(_connectErrorKinds);

    public void CountSent() => Interlocked.Increment(ref _sent);
    public void CountSkipped() => Interlocked.Increment(ref _skipped);
    public void CountConnected() => Interlocked.Increment(ref _connected);

    public void CountAnswer(ReportAck ack, double roundTripMs)
    {
        RoundTrip.Add(roundTripMs);
        if (ack.Accepted) Interlocked.Increment(ref _accepted);
        else _ignored.AddOrUpdate(ack.Outcome ?? "(none)", 1, (_, n) => n + 1);
    }

    public void CountError(Exception e)
    {
        Interlocked.Increment(ref _errors);
        _errorKinds.AddOrUpdate(Describe(e), 1, (_, n) => n + 1);
    }

    public void CountConnectFailure(string reason)
    {
        Interlocked.Increment(ref _connectFailures);
        _connectErrorKinds.AddOrUpdate(reason, 1, (_, n) => n + 1);
    }

    public void CountConnectionLost(Exception? e)
    {
        Interlocked.Increment(ref _lost);
        _errorKinds.AddOrUpdate("connection closed: " + (e is null ? "by server" : Describe(e)), 1, (_, n) => n + 1);
    }

    /// <summary>"  N/M {what} in S s, F failed", then the failures by cause.</summary>
    public void PrintConnected(string what, int wanted, TimeSpan took)
    {
        Console.WriteLine($"  {Connected}/{wanted} {what} in {took.TotalSeconds:0.0} s" + (ConnectFailures > 0 ? $", {ConnectFailures} failed" : ""));
        foreach (var (reason, n) in ConnectFailureKinds) Console.WriteLine($"    {n} × {reason}");
    }

    /// <summary>The connect figures of a run, for its report.</summary>
    public ConnectFigures Connection(int wanted, TimeSpan took) =>
        new(wanted, Connected, ConnectFailures, ConnectFailureKinds, Math.Round(took.TotalSeconds, 1));

    public static string Describe(Exception e)
    {
        var inner = e is AggregateException { InnerException: { } i } ? i : e;
        var text = inner is LoadException ? inner.Message : $"{inner.GetType().Name}: {inner.Message}";
        return text.Length > 160 ? text[..160] + "…" : text;
    }

    static IReadOnlyDictionary<string, long> Top(ConcurrentDictionary<string, long> kinds) =>
        kinds.OrderByDescending(k => k.Value).Take(MaxSamples).ToDictionary();
}

/// <param name="Wanted">Devices the run set out to connect.</param>
/// <param name="Connected">Signed in, connected and on duty.</param>
/// <param name="Failures">Those that were not, with <paramref name="FailureKinds"/> grouped by step and cause.</param>
/// <param name="Seconds">How long connecting took.</param>
public sealed record ConnectFigures(int Wanted, long Connected, long Failures, IReadOnlyDictionary<string, long> FailureKinds, double Seconds);
