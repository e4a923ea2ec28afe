using System.Globalization;
using System.Text.Json;

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

    /// <summary>
    /// The <c>--json</c> file every command writes: the tool, when, on which machine, the options, then the system's
    /// figures, the floor's and the comparison (the last two null when the floor was skipped).
    /// </summary>
    public static async Task WriteJsonAsync(string path, string tool, object options, object system, object? floor, object? comparison)
    {
        var document = new
        {
            tool,
            finishedAt = DateTimeOffset.UtcNow,
            machine = new { Environment.MachineName, Environment.ProcessorCount, os = Environment.OSVersion.ToString() },
            options,
            system,
            floor,
            comparison,
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        Console.WriteLine($"figures written to {Path.GetFullPath(path)}");
    }
}
