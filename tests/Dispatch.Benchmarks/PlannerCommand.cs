using System.Text.Json;

namespace Dispatch.Benchmarks;

/// <summary>
/// <c>planner</c>: one untimed warm-up run at the smallest size (JIT, tiering), then one measured run per size, the
/// table, the targets of issue 11 item 8, and exit code 3 when a plan breaks a rule or exceeds 1.05 × the lower bound.
/// </summary>
public static class PlannerCommand
{
    const int TimedSize = 20_000;
    const double TimeTargetMs = 10_000;

    public static int Run(PlannerOptions options)
    {
        Console.WriteLine($"planner benchmark: sizes {string.Join(", ", options.Sizes.Select(s => s.ToString("N0")))}, seed {options.Seed}, " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        PlannerRun.Measure(options.Sizes.Min(), options.Seed);

        var runs = new List<PlannerFigures>();
        foreach (var size in options.Sizes)
        {
            var figures = PlannerRun.Measure(size, options.Seed);
            Console.WriteLine($"  {size:N0} enterprises: {figures.VisitsPlanned:N0} visits (lower bound {figures.LowerBound:N0}) in {figures.PlanMs:N0} ms");
            runs.Add(figures);
        }
        Console.WriteLine();
        Console.Write(PlannerFigures.Table(runs));
        Console.WriteLine();
        Console.WriteLine("Plan's times include the rule check Plan runs on its own result; the re-check is a second, separate run of it.");

        foreach (var slow in runs.Where(r => r.Enterprises <= TimedSize && r.PlanMs > TimeTargetMs))
            Console.WriteLine($"note: {slow.Enterprises:N0} enterprises took {slow.PlanMs:N0} ms wall (target < {TimeTargetMs:N0} ms at {TimedSize:N0}; CPU {slow.PlanCpuMs:N0} ms)");
        if (options.JsonPath is { } path)
        {
            var document = new { tool = "planner", finishedAt = DateTimeOffset.UtcNow, machine = new { Environment.ProcessorCount, os = Environment.OSVersion.ToString() },
                options = new { options.Sizes, options.Seed }, runs = runs.Select(r => new { figures = r, r.Ratio, r.VisitsSaved }) };
            File.WriteAllText(path, JsonSerializer.Serialize(document, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            Console.WriteLine($"figures written to {Path.GetFullPath(path)}");
        }

        var misses = runs.SelectMany(r => r.Misses()).ToList();
        foreach (var miss in misses) Console.WriteLine("target missed: " + miss);
        if (misses.Count == 0) Console.WriteLine($"targets met: 0 violations and planned ≤ {PlannerFigures.RatioTarget:0.00} × the lower bound at every size");
        return misses.Count == 0 ? 0 : 3;
    }
}
