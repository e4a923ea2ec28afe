using System.Globalization;

namespace Dispatch.Load;

/// <summary>How both reports write figures: milliseconds with one decimal, invariant culture.</summary>
public static class FigureFormat
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Summary(LatencySummary l) => l.Count == 0
        ? "no samples"
        : string.Create(Inv, $"p50 {l.P50:0.0}  p95 {l.P95:0.0}  p99 {l.P99:0.0}  max {l.Max:0.0}  mean {l.Mean:0.0}  (n={l.Count})");

    public static string Ms(LatencySummary l, double value) => l.Count == 0 ? "–" : F(value);

    public static string F(double v) => v.ToString("0.0", Inv);

    public static string Signed(double v) => (v >= 0 ? "+" : "") + v.ToString("0.0", Inv);
}
