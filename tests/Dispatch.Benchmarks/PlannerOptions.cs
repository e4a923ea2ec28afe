using System.Globalization;

namespace Dispatch.Benchmarks;

/// <summary>The <c>planner</c> command's options: <c>--sizes</c>, <c>--seed</c>, <c>--json</c>, each <c>--name value</c>.</summary>
public sealed record PlannerOptions(IReadOnlyList<int> Sizes, ulong Seed, string? JsonPath)
{
    public static PlannerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PlannerOptions([2_000, 20_000, 200_000], 20260401, null);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value");
            options = name switch
            {
                "--sizes" => options with { Sizes = ParseSizes(value) },
                "--seed" => options with
                {
                    Seed = ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                        ? s : throw new UsageException("--seed must be a whole number ≥ 0"),
                },
                "--json" => options with { JsonPath = value },
                _ => throw new UsageException($"unknown option '{name}'"),
            };
        }
        return options;
    }

    static List<int> ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            sizes.Add(int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 100 and <= 10_000_000
                ? n : throw new UsageException("--sizes takes whole numbers from 100 to 10,000,000, comma-separated"));
        return sizes.Count > 0 ? sizes : throw new UsageException("--sizes is empty");
    }
}
