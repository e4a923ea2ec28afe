using System.Globalization;
using static Dispatch.Load.FigureFormat;

namespace Dispatch.Load;

/// <summary>Prints the figures of each run, the system-versus-floor comparison, the README row and the JSON file.</summary>
public static class Report
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void PrintRun(RunFigures f)
    {
        Console.WriteLine();
        Console.WriteLine($"-- {f.Target} figures ({f.Address}) --");
        Line("devices connected", $"{f.Connected} / {f.Devices} in {f.ConnectSeconds:0.0} s, connect failures {f.ConnectFailures}");
        foreach (var (reason, n) in f.ConnectFailureKinds) Line("", $"{n} × {reason}");
        Line("fixes sent", $"{f.FixesSent} in {f.WindowSeconds:0.#} s" + (f.SendsSkipped > 0 ? $" ({f.SendsSkipped} skipped: connection closed)" : ""));
        Line("accepted", $"{f.Accepted} ({F(f.AcceptedPerSecond)} fixes/s)");
        Line("ignored", f.Ignored.Count == 0 ? "0" : string.Join(", ", f.Ignored.Select(k => $"{k.Key} {k.Value}")));
        Line("errors", $"{f.Errors}" + (f.ConnectionsLost > 0 ? $" (connections lost {f.ConnectionsLost})" : ""));
        foreach (var (kind, n) in f.ErrorKinds) Line("", $"{n} × {kind}");
        Line("reached the console", $"{f.Delivered} ({F(f.DeliveredPerSecond)}/s) in {f.Batches} officersMoved messages, mean {f.MeanBatchSize:0.#} entries");
        Line("never reached it", $"{f.Missing}" + (f.Duplicates > 0 ? $", duplicates {f.Duplicates}" : "") +
                                 (f.UnexpectedMoves > 0 ? $", moves for fixes not accepted {f.UnexpectedMoves}" : "") +
                                 (f.UnknownMoves > 0 ? $", moves from outside this run {f.UnknownMoves}" : ""));
        if (f.ConsoleLost is not null) Line("console connection", "LOST: " + f.ConsoleLost);
        Line("fix → console ms", Summary(f.Latency));
        Line("invocation RTT ms", Summary(f.RoundTrip));
    }

    public static Comparison Compare(RunFigures system, RunFigures floor, double batchWindowMs)
    {
        var target = floor.Latency.P99 + batchWindowMs + 100;
        return new Comparison(
            floor.AcceptedPerSecond > 0 ? Math.Round(system.AcceptedPerSecond / floor.AcceptedPerSecond, 3) : 0,
            Math.Round(system.Latency.P50 - floor.Latency.P50, 1),
            Math.Round(system.Latency.P95 - floor.Latency.P95, 1),
            Math.Round(system.Latency.P99 - floor.Latency.P99, 1),
            batchWindowMs,
            Math.Round(target, 1),
            system.Latency.Count > 0 && floor.Latency.Count > 0 && system.Latency.P99 <= target);
    }

    public static void PrintComparison(RunFigures s, RunFigures f, Comparison c)
    {
        Console.WriteLine();
        Console.WriteLine("-- system vs floor (same host, same fleet, same rate) --");
        Console.WriteLine($"  {"",-22}{"system",12}{"floor",12}{"system − floor",18}");
        Row("accepted fixes/s", s.AcceptedPerSecond, f.AcceptedPerSecond, $"× {c.ThroughputRatio:0.000}");
        Row("fix → console p50 ms", s.Latency.P50, f.Latency.P50, Signed(c.P50DeltaMs));
        Row("fix → console p95 ms", s.Latency.P95, f.Latency.P95, Signed(c.P95DeltaMs));
        Row("fix → console p99 ms", s.Latency.P99, f.Latency.P99, Signed(c.P99DeltaMs));
        Row("fix → console max ms", s.Latency.Max, f.Latency.Max, Signed(s.Latency.Max - f.Latency.Max));
        Row("invocation RTT p99 ms", s.RoundTrip.P99, f.RoundTrip.P99, Signed(s.RoundTrip.P99 - f.RoundTrip.P99));
        Console.WriteLine($"  {"never reached console",-22}{s.Missing,12}{f.Missing,12}");
        Console.WriteLine();
        Console.WriteLine($"  The system batches the feed: each zone flushes every {c.BatchWindowMs:0} ms, so a fix waits up to that long by design.");
        Console.WriteLine($"  Target: system p99 ≤ floor p99 + {c.BatchWindowMs:0} ms batching window + 100 ms = {c.TargetP99Ms:0.#} ms " +
                          $"→ {(c.MeetsTarget ? "MET" : "MISSED")} (system p99 {F(s.Latency.P99)} ms)");
    }

    /// <summary>One Markdown table row with every headline figure, with its header, ready to paste into a README.</summary>
    public static void PrintRow(RunOptions o, RunFigures s, RunFigures? f, Comparison? c)
    {
        Console.WriteLine();
        Console.WriteLine("| devices | interval s | duration s | connected | connect failures | fixes sent | accepted/s | p50 ms | p95 ms | p99 ms | max ms | missing | errors | floor fixes/s | floor p50 ms | floor p99 ms | p99 − floor p99 | target |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(
            $"| {o.Devices} | {o.Interval.TotalSeconds:0.###} | {s.WindowSeconds:0.#} | {s.Connected} | {s.ConnectFailures} | {s.FixesSent} | " +
            $"{F(s.AcceptedPerSecond)} | {Ms(s.Latency, s.Latency.P50)} | {Ms(s.Latency, s.Latency.P95)} | {Ms(s.Latency, s.Latency.P99)} | {Ms(s.Latency, s.Latency.Max)} | " +
            $"{s.Missing} | {s.Errors} | " +
            (f is null || c is null
                ? "– | – | – | – | floor skipped |"
                : $"{F(f.AcceptedPerSecond)} | {Ms(f.Latency, f.Latency.P50)} | {Ms(f.Latency, f.Latency.P99)} | {Signed(c.P99DeltaMs)} | " +
                  $"{(c.MeetsTarget ? "met" : "missed")} (≤ {c.TargetP99Ms:0}) |"));
    }

    public static Task WriteJsonAsync(string path, RunOptions o, RunFigures s, RunFigures? f, Comparison? c) =>
        FigureFormat.WriteJsonAsync(path, "Dispatch.Load", new
        {
            urls = o.Urls.Select(DeviceTarget.Display),
            o.Devices,
            o.FirstOfficer,
            intervalSeconds = o.Interval.TotalSeconds,
            durationSeconds = o.Duration.TotalSeconds,
            rampSeconds = o.Ramp.TotalSeconds,
            o.Parallel,
            drainSeconds = o.Drain.TotalSeconds,
            o.ConsoleUser,
            o.SkipFloor,
        }, s, f, c);

    static void Line(string label, string text) => Console.WriteLine($"  {label,-22}{text}");

    static void Row(string label, double system, double floor, string delta) =>
        Console.WriteLine($"  {label,-22}{F(system),12}{F(floor),12}{delta,18}");
}

public sealed record Comparison(
    double ThroughputRatio, double P50DeltaMs, double P95DeltaMs, double P99DeltaMs, double BatchWindowMs, double TargetP99Ms, bool MeetsTarget);
