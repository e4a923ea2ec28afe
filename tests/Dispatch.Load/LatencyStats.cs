namespace Dispatch.Load;

/// <summary>Collects samples in milliseconds from many threads; percentiles by nearest rank over all samples.</summary>
public sealed class LatencyStats
{
    readonly List<double> _samples = new(16_384);
    readonly Lock _lock = new();

    public void Add(double ms)
    {
        lock (_lock) _samples.Add(ms);
    }

    /// <summary>Forgets every sample (after a warm-up).</summary>
    public void Clear()
    {
        lock (_lock) _samples.Clear();
    }

    public int Count
    {
        get { lock (_lock) return _samples.Count; }
    }

    public LatencySummary Summarize()
    {
        double[] sorted;
        lock (_lock) sorted = [.. _samples];
        if (sorted.Length == 0) return LatencySummary.Empty;
        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            Round(Percentile(sorted, 0.50)),
            Round(Percentile(sorted, 0.95)),
            Round(Percentile(sorted, 0.99)),
            Round(sorted[^1]),
            Round(sorted.Average()),
            Round(sorted[0]));
    }

    static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    static double Round(double ms) => Math.Round(ms, 1);

    public static double ElapsedMs(long fromTimestamp, long toTimestamp) =>
        (toTimestamp - fromTimestamp) * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}

public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean, double Min = 0)
{
    /// <summary>No samples: all zero; printers show a dash when <see cref="Count"/> is 0.</summary>
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0, 0);
}
