namespace Dispatch.Load;

/// <summary>Settings of the <c>whistle</c> subcommand (approval → whistleChanged on the desks, assignment → whistleTaskOffered).</summary>
public sealed record WhistleOptions
{
    /// <summary>Gateways, officers' sign-in and the county account that lists the officers; the codes are chosen by department.</summary>
    public required RunOptions Fleet { get; init; }
    /// <summary>Whistles raised, approved, assigned and cancelled per second.</summary>
    public double Rate { get; init; } = 2;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>The named departments, the first the lead, the rest assisting.</summary>
    public IReadOnlyList<string> Departments { get; init; } = ["scjg", "zhzf"];
    /// <summary>Devices per department: the pool each whistle takes one officer of each department from.</summary>
    public int OfficersPerDepartment { get; init; } = 10;
    public string TownshipId { get; init; } = "T01";
    /// <summary>Township staff who raise and cancel the whistles.</summary>
    public string Township { get; init; } = "township";
    /// <summary>The township's approver.</summary>
    public string Approver { get; init; } = "leader";
    /// <summary>Desk accounts are this prefix + the department id.</summary>
    public string DeskPrefix { get; init; } = "desk-";
    /// <summary>Password of the township, approver and desk accounts.</summary>
    public string AccountPassword { get; init; } = "demo";
    /// <summary>Whistles end to end before the window, not counted (JIT, grain activation).</summary>
    public int WarmUp { get; init; } = 3;
    public TimeSpan FloorDuration { get; init; }
    public bool SkipFloor { get; init; }
    /// <summary>After the window, how long answers and pushes still on their way are waited for (also the most a whistle waits for its pushes).</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);
    public string? JsonPath { get; init; }

    public IReadOnlyList<Uri> Urls => Fleet.Urls;
    public long WhistleCount => (long)Math.Ceiling(Rate * Duration.TotalSeconds);
    public string Desk(string departmentId) => DeskPrefix + departmentId;

    public IReadOnlyList<WhistlePartRequest> Parts =>
        Departments.Select((d, i) => new WhistlePartRequest(d, i == 0 ? "lead" : "assist", i == 0 ? "牵头处置（负载测试）" : "协助处置（负载测试）")).ToList();

    public static WhistleOptions Parse(Args a)
    {
        var duration = TimeSpan.FromSeconds(a.Double("duration", 60, 1, 24 * 3600));
        var departments = (a.OptionalString("departments") ?? "scjg,zhzf")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (departments.Length == 0 || departments.Distinct().Count() != departments.Length)
            throw new UsageException("--departments needs one or more different department ids, the lead first");
        var password = a.String("password", "demo");
        var fleet = new RunOptions
        {
            Urls = RunOptions.ParseUrls(a),
            Devices = 0, // chosen once the county account has listed the officers
            Parallel = a.Int("parallel", 16, 1, 1024),
            ConnectTimeout = TimeSpan.FromSeconds(a.Double("connect-timeout", 300, 1, 24 * 3600)),
            ConsoleUser = a.String("console-user", "county"),
            ConsolePassword = password,
            DevicePassword = a.String("device-password", "demo"),
        };
        return new WhistleOptions
        {
            Fleet = fleet,
            Rate = a.Double("rate", 2, 0.01, 1000),
            Duration = duration,
            Departments = departments,
            OfficersPerDepartment = a.Int("officers-per-department", 10, 1, 1000),
            TownshipId = a.String("township-id", "T01"),
            Township = a.String("township", "township"),
            Approver = a.String("approver", "leader"),
            AccountPassword = password,
            WarmUp = a.Int("warmup", 3, 0, 1000),
            FloorDuration = TimeSpan.FromSeconds(a.Double("floor-duration", duration.TotalSeconds, 1, 24 * 3600)),
            SkipFloor = a.Flag("skip-floor"),
            Drain = TimeSpan.FromSeconds(a.Double("drain", 10, 1, 600)),
            JsonPath = a.OptionalString("json"),
        };
    }
}
