namespace Dispatch.Testing;

/// <summary>
/// A real cluster on loopback: redis-server, silos and gateways as separate processes, every one on its own free
/// ports, with failure detection shortened so a killed silo is declared dead in seconds.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    readonly string _jwtKey = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray());
    readonly string _clusterId = "cluster-test-" + Guid.NewGuid().ToString("N")[..8];
    readonly List<HostProcess> _processes = [];

    readonly IReadOnlyDictionary<string, string> _overrides;

    LocalCluster(RedisServer redis, IReadOnlyDictionary<string, string>? overrides)
    {
        Redis = redis;
        _overrides = overrides ?? new Dictionary<string, string>();
    }

    public RedisServer Redis { get; }
    public List<(HostProcess Process, string Url)> Silos { get; } = [];
    public List<(HostProcess Process, Uri Url)> Gateways { get; } = [];

    /// <param name="overrides">settings for every process, over the defaults below (e.g. small rate limits)</param>
    public static async Task<LocalCluster> Start(int silos, int gateways, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var cluster = new LocalCluster(await RedisServer.Start(), overrides);
        try
        {
            for (var i = 0; i < silos; i++) await cluster.AddSilo();
            for (var i = 0; i < gateways; i++) await cluster.AddGateway();
            return cluster;
        }
        catch
        {
            // A fixture whose start failed is never disposed by xUnit: stop what did start, or redis and silos outlive the run.
            await cluster.DisposeAsync();
            throw;
        }
    }

    Dictionary<string, string> Common()
    {
        var settings = Defaults();
        foreach (var (k, v) in _overrides) settings[k] = v;
        return settings;
    }

    Dictionary<string, string> Defaults() => new()
    {
        ["Dispatch:Redis"] = Redis.ConnectionString,
        ["Dispatch:Orleans:ClusterId"] = _clusterId,
        ["Dispatch:County:DemoAccounts"] = "true",
        ["Dispatch:Jwt:SigningKey"] = _jwtKey,
        ["Dispatch:Simulator:Enabled"] = "false",
        ["Dispatch:Feed:FlushInterval"] = "00:00:00.100",
        ["Dispatch:Membership:ProbeTimeout"] = "00:00:01",
        ["Dispatch:Membership:NumMissedProbesLimit"] = "2",
        ["Dispatch:Membership:NumVotesForDeathDeclaration"] = "1",
        ["Dispatch:Membership:TableRefreshTimeout"] = "00:00:01",
        ["Dispatch:Client:GatewayListRefreshPeriod"] = "00:00:01",
        ["Dispatch:RateLimits:LoginPermitsPerMinute"] = "1000",
        ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:ExternalIntakePerAddressPerMinute"] = "1000",
    };

    public async Task<HostProcess> AddSilo()
    {
        var http = $"http://127.0.0.1:{FreePorts.Next()}";
        var settings = Common();
        settings["Urls"] = http;
        settings["Dispatch:Orleans:SiloPort"] = FreePorts.Next().ToString();
        settings["Dispatch:Orleans:GatewayPort"] = FreePorts.Next().ToString();
        var silo = HostProcess.Start($"silo{Silos.Count + 1}", Repo.SiloDll, settings);
        _processes.Add(silo);
        Silos.Add((silo, http));
        await silo.WaitUntilReady(http + "/health/ready");
        return silo;
    }

    /// <summary>
    /// Replaces every silo that is up, so whatever grains they held are gone and must come back from storage: for each, a
    /// fresh silo joins and then the old one is killed. One death at a time, always seen by a live silo that was there
    /// before it: a lone new silo left to declare two dead at once (one vote each) was seen to leave requests unanswered
    /// for over a minute, and killing the last live silo leaves nobody to declare anything.
    /// </summary>
    public async Task LoseEverySilo()
    {
        var before = Silos.Where(s => !s.Process.HasExited).Select(s => s.Process).ToList();
        foreach (var old in before)
        {
            await AddSilo();
            old.Kill();
        }
    }

    public async Task<HostProcess> AddGateway()
    {
        var url = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        var settings = Common();
        settings["Dispatch:Mode"] = "Cluster";
        settings["Urls"] = url.ToString().TrimEnd('/');
        var gateway = HostProcess.Start($"gateway{Gateways.Count + 1}", Repo.GatewayDll, settings);
        _processes.Add(gateway);
        Gateways.Add((gateway, url));
        await gateway.WaitUntilReady(new Uri(url, "/health/ready").ToString());
        return gateway;
    }

    public string Logs => string.Join("\n\n", _processes.Select(p => $"==== {p.Name}\n{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var p in Enumerable.Reverse(_processes)) await p.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
