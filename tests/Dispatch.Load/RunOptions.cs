namespace Dispatch.Load;

/// <summary>Settings of the <c>run</c> subcommand.</summary>
public sealed record RunOptions
{
    public required IReadOnlyList<Uri> Urls { get; init; }
    public int Devices { get; init; } = 300;
    /// <summary>Number of the first officer code: 1 gives ZF00001.</summary>
    public int FirstOfficer { get; init; } = 1;
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Sign-ins and connections are spread over at least this long (0: as fast as <see cref="Parallel"/> allows).</summary>
    public TimeSpan Ramp { get; init; } = TimeSpan.Zero;
    public int Parallel { get; init; } = 16;
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(300);
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(5);
    public string ConsoleUser { get; init; } = "county";
    public string ConsolePassword { get; init; } = "demo";
    public string DevicePassword { get; init; } = "demo";
    public bool SkipFloor { get; init; }
    /// <summary>The system's feed batching window (Dispatch:Feed:FlushInterval), allowed for in the latency target.</summary>
    public double BatchWindowMs { get; init; } = 250;
    public string? JsonPath { get; init; }

    /// <summary>
    /// <c>--url URL[,URL…]</c> (or another option's name, which may also be repeated) and <c>--allow-remote</c>:
    /// http(s) URLs, loopback unless allowed.
    /// </summary>
    public static IReadOnlyList<Uri> ParseUrls(Args a, string option = "url")
    {
        var allowRemote = a.Flag("allow-remote");
        var given = a.All(option);
        var urls = (given.Count > 0 ? given : ["http://127.0.0.1:5080"])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(u => Uri.TryCreate(u.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri : throw new UsageException($"--{option} '{u}' is not an http(s) URL"))
            .ToList();
        if (urls.Count == 0) throw new UsageException($"--{option} needs at least one URL");
        if (!allowRemote && urls.FirstOrDefault(u => !u.IsLoopback) is { } remote)
            throw new UsageException($"{remote} is not a loopback address; pass --allow-remote if you really mean to load it");
        return urls;
    }

    public static RunOptions Parse(Args a)
    {
        var o = new RunOptions
        {
            Urls = ParseUrls(a),
            Devices = a.Int("devices", 300, 1, 99_999),
            FirstOfficer = a.Int("first", 1, 1, 99_999),
            Interval = TimeSpan.FromSeconds(a.Double("interval", 10, 0.05, 3600)),
            Duration = TimeSpan.FromSeconds(a.Double("duration", 60, 1, 24 * 3600)),
            Ramp = TimeSpan.FromSeconds(a.Double("ramp", 0, 0, 3600)),
            Parallel = a.Int("parallel", 16, 1, 1024),
            ConnectTimeout = TimeSpan.FromSeconds(a.Double("connect-timeout", 300, 1, 24 * 3600)),
            Drain = TimeSpan.FromSeconds(a.Double("drain", 5, 0, 600)),
            ConsoleUser = a.String("console-user", "county"),
            ConsolePassword = a.String("password", "demo"),
            DevicePassword = a.String("device-password", "demo"),
            SkipFloor = a.Flag("skip-floor"),
            BatchWindowMs = a.Double("batch-window-ms", 250, 0, 60_000),
            JsonPath = a.OptionalString("json"),
        };
        if (o.FirstOfficer + o.Devices - 1 > 99_999) throw new UsageException("officer codes stop at ZF99999: lower --first or --devices");
        return o;
    }

    /// <summary>Officer codes chosen by name (the whistle bench picks officers by department); null: ZF{FirstOfficer} onwards.</summary>
    public IReadOnlyList<string>? Codes { get; init; }

    public string OfficerCode(int device) => Codes is { } codes ? codes[device] : $"ZF{FirstOfficer + device:00000}";

    /// <summary>The id the demo and load counties give the officer with that code; used when the gateway does not list it.</summary>
    public string DefaultOfficerId(int device) => $"O{FirstOfficer + device:0000}";
}
