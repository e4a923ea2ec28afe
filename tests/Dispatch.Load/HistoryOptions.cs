using System.Globalization;

namespace Dispatch.Load;

/// <summary>Settings of the <c>history</c> subcommand (intake and list latency as the incident history grows).</summary>
public sealed record HistoryOptions
{
    public required IReadOnlyList<Uri> Targets { get; init; }
    /// <summary>Reports made in all; every one but <see cref="Open"/> is rejected as soon as it is created.</summary>
    public long Count { get; init; } = 100_000;
    /// <summary>Incidents left open, spread evenly through the run.</summary>
    public int Open { get; init; } = 300;
    /// <summary>Where the run stops to measure, ascending, the last always <see cref="Count"/>.</summary>
    public required IReadOnlyList<long> Checkpoints { get; init; }
    /// <summary>Workers, each reporting and rejecting one incident at a time.</summary>
    public int Concurrency { get; init; } = 4;
    /// <summary>The most pages of 200 the deep walk follows at a checkpoint.</summary>
    public int DeepPages { get; init; } = 100;
    /// <summary>Only this zone's townships (null: every township the reporter may see).</summary>
    public string? Zone { get; init; }
    public required string Reporter { get; init; }
    public string Password { get; init; } = "demo";
    public string Admin { get; init; } = "admin";
    public string AdminPassword { get; init; } = "demo";
    public string? JsonPath { get; init; }

    public static readonly IReadOnlyList<long> DefaultCheckpoints = [1_000, 10_000, 100_000];

    public static HistoryOptions Parse(Args a)
    {
        var targets = RunOptions.ParseUrls(a, "target");
        var count = a.Int("count", 100_000, 1, 10_000_000);
        // A short run (--count below 300) leaves every report open unless --open says otherwise.
        var open = a.Int("open", Math.Min(300, count), 0, 100_000);
        if (open > count) throw new UsageException("--open cannot be more than --count");
        var zone = a.OptionalString("zone");
        var password = a.String("password", "demo");
        return new HistoryOptions
        {
            Targets = targets,
            Count = count,
            Open = open,
            Checkpoints = ParseCheckpoints(a.OptionalString("checkpoints"), count),
            Concurrency = a.Int("concurrency", 4, 1, 256),
            DeepPages = a.Int("deep-pages", 100, 1, 100_000),
            Zone = zone,
            // The county reports and rejects anywhere, so every zone's desk grows; a zone centre only in its own zone.
            Reporter = a.String("reporter", zone is null ? "county" : "dispatcher"),
            Password = password,
            Admin = a.String("admin", "admin"),
            AdminPassword = a.String("admin-password", password),
            JsonPath = a.OptionalString("json"),
        };
    }

    /// <summary>Those at or below <paramref name="count"/>, and <paramref name="count"/> itself, so the end of a run is always measured.</summary>
    static IReadOnlyList<long> ParseCheckpoints(string? given, long count)
    {
        var listed = given is null
            ? DefaultCheckpoints
            : given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => long.TryParse(c.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n : throw new UsageException($"--checkpoints: '{c}' is not a positive whole number"))
                .ToList();
        return listed.Where(c => c < count).Append(count).Distinct().Order().ToList();
    }

    /// <summary>Report k is left open when it is one of <see cref="Open"/> evenly spaced reports (the middle of each share).</summary>
    public IReadOnlySet<long> OpenReports() =>
        Enumerable.Range(0, Open).Select(i => (long)((i + 0.5) * Count / Open)).ToHashSet();
}
