using System.Globalization;
using static Dispatch.Load.FigureFormat;

namespace Dispatch.Load;

/// <summary>
/// Prints the <c>history</c> figures: each checkpoint as it is reached, then one Markdown table (a column per
/// checkpoint) for the README, the last-to-first ratios against the target, and the JSON file.
/// </summary>
public static class HistoryReport
{
    /// <summary>The target: each latency at the last checkpoint within this factor of the first.</summary>
    public const double TargetRatio = 1.5;
    /// <summary>More grains than this get no row of their own in the table (the largest still has one).</summary>
    const int GrainRows = 12;

    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void PrintCheckpoint(HistoryCheckpoint c)
    {
        var w = c.Window;
        Console.WriteLine();
        Console.WriteLine($"-- at {N(c.At)} reports: {N(c.Created)} created ({N(c.Rejected)} rejected, {N(c.LeftOpen)} left open), " +
                          $"{N(c.Merged)} merged --");
        Line("intake", $"reports {N(w.From + 1)}–{N(w.To)}: {N(w.Created)} created in {w.Seconds:0.0} s, {w.ReportsPerSecond:0.0} reports/s");
        Line("  POST /api/incidents ms", Summary(w.Intake));
        Line("  reject ms", Summary(w.Reject));
        Line("list first page ms", c.FirstPage.Error ?? $"{Summary(c.FirstPage.Latency)}, limit 50, {c.FirstPage.Items} items");
        var d = c.DeepWalk;
        Line("deep walk", d.Pages == 0 && d.Error is { } noPage ? noPage :
            $"{N(d.Pages)} pages of up to 200, {N(d.Items)} items, " +
            (d.ReachedEnd ? "end of the list reached" : d.Error is null ? "stopped at --deep-pages" : "stopped by an error") +
            $", ids seen twice {N(d.Duplicates)}" + (d.Duplicates > 0 ? "  ← must be 0" : ""));
        if (d.PageLatency.Count > 0)
            Line("  page ms", $"{Summary(d.PageLatency)}; the deepest (page {d.Pages}) {F(d.DeepestPageMs)}");
        if (d is { Pages: > 0, Error: { } walkError }) Line("  stopped", walkError);
        if (c.States is { } s)
        {
            var largest = c.LargestGrain;
            var over = c.GrainsOverLimit;
            Line("stored state", (largest is null ? "no grains listed" : $"largest {largest.Name} {Bytes(largest.Bytes)}") +
                                 (over.Count == 0 ? ", none above 64 KB" : $"; ABOVE 64 KB: {string.Join(", ", over.Select(g => $"{g.Name} {Bytes(g.Bytes)}"))}") +
                                 (s.AsOf is { } asOf ? $" (as of {asOf:u})" : ""));
            foreach (var g in s.Grains.OrderByDescending(g => g.Bytes).Take(GrainRows)) Line("", $"{g.Name,-28}{Bytes(g.Bytes),12}");
            if (s.Grains.Count > GrainRows) Line("", $"… {s.Grains.Count - GrainRows} more");
            Line("query store", $"{s.QueryStore.Kind}: {N(s.QueryStore.Items)} items, {Bytes(s.QueryStore.Bytes)}");
        }
        else Line("stored state", c.StatesError ?? "not measured");
        Line("waited out", $"429 × {N(c.RateLimited)}, 503 × {N(c.Unavailable)}");
        Line("failures", $"reports {N(c.ReportFailures)}, rejections {N(c.RejectFailures)} (those incidents stay open)");
    }

    public static void PrintFailures(HistoryIntake intake, HistoryApi api)
    {
        if (intake.FailureKinds.Count == 0 && api.Waits.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine("-- failures and waits over the whole run --");
        foreach (var (kind, n) in intake.FailureKinds) Line("", $"{N(n)} × {kind}");
        foreach (var (kind, n) in api.Waits) Line("", $"{N(n)} × {kind} waited out (Retry-After) and sent again");
    }

    /// <summary>The README table (figures down, checkpoints across), then the ratios and what they mean for the target.</summary>
    public static IReadOnlyList<HistoryRatio> PrintSummary(HistoryOptions o, IReadOnlyList<HistoryCheckpoint> cs)
    {
        Console.WriteLine();
        if (cs.Count == 0)
        {
            Console.WriteLine("no checkpoint reached: nothing to tabulate");
            return [];
        }
        Console.WriteLine($"| figure | {string.Join(" | ", cs.Select(c => Label(c.At)))} |");
        Console.WriteLine($"|---|{string.Concat(cs.Select(_ => "---|"))}");
        Row("incidents created (rejected / open)", cs, c => $"{N(c.Created)} ({N(c.Rejected)} / {N(c.LeftOpen)})");
        Row("reports/s (since the last checkpoint)", cs, c => c.Window.ReportsPerSecond.ToString("0.0", Inv));
        Row("intake p50 ms", cs, c => Ms(c.Window.Intake, c.Window.Intake.P50));
        Row("intake p99 ms", cs, c => Ms(c.Window.Intake, c.Window.Intake.P99));
        Row("list first page p50 ms (limit 50)", cs, c => c.FirstPage.Error is null ? Ms(c.FirstPage.Latency, c.FirstPage.Latency.P50) : "error");
        Row("deep walk pages / items", cs, c => Walked(c.DeepWalk) ? $"{N(c.DeepWalk.Pages)} / {N(c.DeepWalk.Items)}" + (c.DeepWalk.ReachedEnd ? " (all)" : "") : "error");
        Row("deep page p50 ms (limit 200)", cs, c => c.DeepWalk.Error is null ? Ms(c.DeepWalk.PageLatency, c.DeepWalk.PageLatency.P50) : "error");
        Row("deepest page ms", cs, c => c.DeepWalk.Error is null && c.DeepWalk.Pages > 0 ? F(c.DeepWalk.DeepestPageMs) : "error");
        Row("ids seen twice while walking", cs, c => Walked(c.DeepWalk) ? N(c.DeepWalk.Duplicates) : "error");
        Row("largest grain", cs, c => c.LargestGrain is { } g ? $"{g.Name} {Bytes(g.Bytes)}" : c.States is null ? "error" : "–");
        Row("grains above 64 KB", cs, c => c.States is null ? "error" : N(c.GrainsOverLimit.Count));
        var names = cs.SelectMany(c => c.States?.Grains.Select(g => g.Name) ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
        if (names.Count <= GrainRows)
            foreach (var name in names)
                Row(name, cs, c => c.States?.Grains.FirstOrDefault(g => g.Name == name) is { } g ? Bytes(g.Bytes) : "–");
        Row("query store items", cs, c => c.States is { } s ? $"{N(s.QueryStore.Items)} ({s.QueryStore.Kind})" : "error");
        Row("query store size", cs, c => c.States is { } s ? Bytes(s.QueryStore.Bytes) : "error");
        Row("merged / failed / 429 / 503", cs, c => $"{N(c.Merged)} / {N(c.ReportFailures + c.RejectFailures)} / {N(c.RateLimited)} / {N(c.Unavailable)}");

        PrintErrors(cs);
        var ratios = Ratios(cs);
        PrintVerdict(o, cs, ratios);
        return ratios;
    }

    static void PrintErrors(IReadOnlyList<HistoryCheckpoint> cs)
    {
        var errors = cs.SelectMany(c => new[] { c.FirstPage.Error, c.DeepWalk.Error, c.StatesError }).OfType<string>().Distinct().ToList();
        if (errors.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine("\"error\" above:");
        foreach (var e in errors) Console.WriteLine($"  {e}");
    }

    static List<HistoryRatio> Ratios(IReadOnlyList<HistoryCheckpoint> cs)
    {
        if (cs.Count < 2) return [];
        HistoryCheckpoint first = cs[0], last = cs[^1];
        return
        [
            Ratio("intake p50", first.Window.Intake.Count > 0 ? first.Window.Intake.P50 : null, last.Window.Intake.Count > 0 ? last.Window.Intake.P50 : null),
            Ratio("list first page p50", FirstPage(first), FirstPage(last)),
            Ratio("deep page p50", DeepPage(first), DeepPage(last)),
            Ratio("deepest page", Deepest(first), Deepest(last)),
        ];

        static double? FirstPage(HistoryCheckpoint c) => c.FirstPage is { Error: null, Latency.Count: > 0 } f ? f.Latency.P50 : null;
        static double? DeepPage(HistoryCheckpoint c) => c.DeepWalk is { Error: null, PageLatency.Count: > 0 } d ? d.PageLatency.P50 : null;
        static double? Deepest(HistoryCheckpoint c) => c.DeepWalk is { Error: null, Pages: > 0 } d ? d.DeepestPageMs : null;
    }

    static HistoryRatio Ratio(string figure, double? first, double? last) =>
        first is > 0 && last is { } l
            ? new HistoryRatio(figure, first, last, Math.Round(l / first.Value, 2), l / first.Value <= TargetRatio)
            : new HistoryRatio(figure, first, last, null, false);

    static void PrintVerdict(HistoryOptions o, IReadOnlyList<HistoryCheckpoint> cs, IReadOnlyList<HistoryRatio> ratios)
    {
        Console.WriteLine();
        var first = cs[0];
        var last = cs[^1];
        if (ratios.Count == 0)
        {
            Console.WriteLine($"only one checkpoint ({Label(last.At)}): no ratio, so the target (within {TargetRatio:0.0#}× from the first to the last) was not measured");
        }
        else
        {
            var span = $"{Label(last.At)}/{Label(first.At)}";
            Console.WriteLine($"| ratio {span} | first ms | last ms | ratio | target ≤ {TargetRatio:0.0#}× |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var r in ratios)
                Console.WriteLine($"| {r.Figure} | {Opt(r.First)} | {Opt(r.Last)} | {(r.Ratio is { } x ? "× " + x.ToString("0.00", Inv) : "–")} | " +
                                  $"{(r.Ratio is null ? "not measured" : r.Met ? "met" : "MISSED")} |");
            Console.WriteLine();
            var missed = ratios.Where(r => r.Ratio is not null && !r.Met).ToList();
            var unmeasured = ratios.Where(r => r.Ratio is null).ToList();
            Console.WriteLine(missed.Count > 0
                ? $"TARGET MISSED: {string.Join(", ", missed.Select(r => $"{r.Figure} × {r.Ratio!.Value.ToString("0.00", Inv)}"))} from {Label(first.At)} to {Label(last.At)} (target within {TargetRatio:0.0#}×)" +
                  (unmeasured.Count > 0 ? $"; not measured: {string.Join(", ", unmeasured.Select(r => r.Figure))}" : "")
                : unmeasured.Count > 0
                    ? $"TARGET NOT MEASURED: {string.Join(", ", unmeasured.Select(r => r.Figure))} missing (see \"error\" above); the rest within {TargetRatio:0.0#}×"
                    : $"TARGET MET: intake and list latencies at {Label(last.At)} within {TargetRatio:0.0#}× of {Label(first.At)}");
        }
        var duplicates = cs.Sum(c => c.DeepWalk.Duplicates);
        Console.WriteLine(!cs.Any(c => Walked(c.DeepWalk))
            ? "ids seen twice while walking the list: not measured (see \"error\" above)"
            : duplicates == 0
            ? $"ids seen twice while walking the list: 0 at every checkpoint{(cs.All(c => Walked(c.DeepWalk)) ? "" : " walked")}"
            : $"LIST WRONG: {N(duplicates)} ids seen twice while walking ({string.Join(", ", cs.Where(c => c.DeepWalk.Duplicates > 0).Select(c => $"{N(c.DeepWalk.Duplicates)} at {Label(c.At)}"))}); there must be none");
        var over = cs.Where(c => c.GrainsOverLimit.Count > 0).ToList();
        Console.WriteLine(cs.All(c => c.States is null)
            ? "stored state sizes not measured (see \"error\" above)"
            : over.Count == 0
                ? $"no grain's stored state above 64 KB (largest at {Label(last.At)}: {(last.LargestGrain is { } g ? $"{g.Name} {Bytes(g.Bytes)}" : "–")})"
                : $"STATE ABOVE 64 KB: {string.Join("; ", over.Select(c => $"at {Label(c.At)} {string.Join(", ", c.GrainsOverLimit.Select(g => $"{g.Name} {Bytes(g.Bytes)}"))}"))}");
        Console.WriteLine($"reported as '{o.Reporter}' " + (o.Zone is { } z ? $"in zone {z} only" : "in every zone it may see") +
                          $", {o.Concurrency} at a time, on {string.Join(", ", o.Targets.Select(DeviceTarget.Display))}");
    }

    public static Task WriteJsonAsync(string path, HistoryOptions o, IReadOnlyList<HistoryCheckpoint> cs, IReadOnlyList<HistoryRatio> ratios) =>
        FigureFormat.WriteJsonAsync(path, "Dispatch.Load history", new
        {
            targets = o.Targets.Select(DeviceTarget.Display),
            o.Count,
            o.Open,
            o.Checkpoints,
            o.Concurrency,
            o.DeepPages,
            o.Zone,
            o.Reporter,
        }, cs, null, new { targetRatio = TargetRatio, ratios });

    /// <summary>1k, 10k, 100k, 1M; other counts in full.</summary>
    public static string Label(long n) =>
        n >= 1_000_000 && n % 1_000_000 == 0 ? $"{n / 1_000_000}M" : n >= 1_000 && n % 1_000 == 0 ? $"{n / 1_000}k" : N(n);

    static string N(long n) => n.ToString("N0", Inv);

    static string Bytes(long b) => b switch
    {
        < 1024 => $"{b} B",
        < 1024 * 1024 => (b / 1024.0).ToString("0.0", Inv) + " KB",
        _ => (b / 1024.0 / 1024.0).ToString("0.0", Inv) + " MB",
    };

    static string Opt(double? v) => v is { } x ? F(x) : "–";

    /// <summary>At least one page was read: the walk's counts mean something.</summary>
    static bool Walked(DeepWalkFigures d) => d.Pages > 0;

    static void Row(string figure, IReadOnlyList<HistoryCheckpoint> cs, Func<HistoryCheckpoint, string> cell) =>
        Console.WriteLine($"| {figure} | {string.Join(" | ", cs.Select(cell))} |");

    static void Line(string label, string text) => Console.WriteLine($"  {label,-26}{text}");
}

/// <summary>A latency at the last checkpoint against the first; null where either was not measured.</summary>
public sealed record HistoryRatio(string Figure, double? First, double? Last, double? Ratio, bool Met);
