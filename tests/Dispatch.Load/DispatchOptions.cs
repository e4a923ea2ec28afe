namespace Dispatch.Load;

/// <summary>Settings of the <c>dispatch</c> subcommand (incident → assignmentOffered benchmark).</summary>
public sealed record DispatchOptions
{
    /// <summary>The officers' devices: the same fleet as <c>run</c> (sign-in, /hubs/field, on duty, a fix every 10 s).</summary>
    public required RunOptions Fleet { get; init; }
    /// <summary>Incidents created per second.</summary>
    public double Rate { get; init; } = 2;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Reporting account: county (all zones) or e.g. dispatcher (zone Z1 only).</summary>
    public string Reporter { get; init; } = "county";
    public string ReporterPassword { get; init; } = "demo";
    /// <summary>Category ids to use, round-robin; empty: every category GET /api/categories lists.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Incidents reported, offered and worked off before the window and not counted (JIT, grain activation).</summary>
    public int WarmUp { get; init; } = 5;
    /// <summary>How long the floor samples at the same rate (defaults to the window's length).</summary>
    public TimeSpan FloorDuration { get; init; }
    public bool SkipFloor { get; init; }
    /// <summary>Offers and completions still on their way are waited for this long after the window.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);
    public string? JsonPath { get; init; }

    public IReadOnlyList<Uri> Urls => Fleet.Urls;
    public int Officers => Fleet.Devices;
    public long IncidentCount => (long)Math.Ceiling(Rate * Duration.TotalSeconds);

    public static DispatchOptions Parse(Args a)
    {
        var urls = RunOptions.ParseUrls(a);
        var duration = TimeSpan.FromSeconds(a.Double("duration", 60, 1, 24 * 3600));
        var drain = TimeSpan.FromSeconds(a.Double("drain", 10, 0, 600));
        var fleet = new RunOptions
        {
            Urls = urls,
            Devices = a.Int("officers", 300, 1, 99_999),
            FirstOfficer = a.Int("first", 1, 1, 99_999),
            Interval = TimeSpan.FromSeconds(a.Double("interval", 10, 1, 3600)),
            Parallel = a.Int("parallel", 16, 1, 1024),
            ConnectTimeout = TimeSpan.FromSeconds(a.Double("connect-timeout", 300, 1, 24 * 3600)),
            ConsoleUser = a.String("console-user", "county"),
            ConsolePassword = a.String("password", "demo"),
            DevicePassword = a.String("device-password", "demo"),
            // Fixes go on through the window and the drain, so officers stay fresh while offers are completed.
            Duration = duration + drain,
        };
        if (fleet.FirstOfficer + fleet.Devices - 1 > 99_999) throw new UsageException("officer codes stop at ZF99999: lower --first or --officers");
        var o = new DispatchOptions
        {
            Fleet = fleet,
            Rate = a.Double("rate", 2, 0.01, 10_000),
            Duration = duration,
            Drain = drain,
            Reporter = a.String("reporter", "county"),
            ReporterPassword = a.String("reporter-password", "demo"),
            Categories = (a.OptionalString("categories") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            FloorDuration = TimeSpan.FromSeconds(a.Double("floor-duration", duration.TotalSeconds, 1, 24 * 3600)),
            WarmUp = a.Int("warmup", 5, 0, 1000),
            SkipFloor = a.Flag("skip-floor"),
            JsonPath = a.OptionalString("json"),
        };
        return o;
    }
}
