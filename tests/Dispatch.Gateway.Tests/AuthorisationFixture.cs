using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>Who calls: nobody signed in, or one of the demo accounts (the account's username is the name in lower case).</summary>
public enum Who { Anonymous, County, Dispatcher, Desk, Township, Officer, Grid, Auditor, Admin, Planner }

/// <summary>
/// One gateway and the objects the authorisation matrix asks about, made once: every demo account signed in once,
/// an incident in scope (grid's food-safety report in T01: zone Z1, department scjg), one out of scope (county's
/// water-pollution report in T09: zone Z3, department sthj), one handled by officer O0001 (dispatcher's work-safety
/// report in T02), photos on the first two, and an officer of zone Z3. Rows that change an incident ask for a fresh
/// one (<see cref="Registered"/>, <see cref="DispatchedToOfficer"/>, <see cref="HandledByOfficer"/>).
/// </summary>
public sealed partial class AuthorisationFixture : IAsyncLifetime
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82];

    public GatewayFactory Gateway { get; } = new();
    public HttpClient Http { get; private set; } = null!;
    readonly Dictionary<Who, string> _tokens = [];
    readonly Dictionary<string, (double Lat, double Lon)> _centres = [];
    readonly Dictionary<string, int> _spread = [];
    readonly SemaphoreSlim _officerBusy = new(1, 1);
    string? _holding;

    /// <summary>Grid's food-safety report in T01 (zone Z1, department scjg): seen by county, auditor, dispatcher, desk, township, grid.</summary>
    public string InScope { get; private set; } = "";
    public (double Lat, double Lon) InScopePoint { get; private set; }
    public string InScopeEvidence { get; private set; } = "";
    /// <summary>County's water-pollution report in T09 (zone Z3, department sthj): seen by county and auditor only.</summary>
    public string OutOfScope { get; private set; } = "";
    public string OutOfScopeEvidence { get; private set; } = "";
    /// <summary>Dispatcher's work-safety report in T02 (zone Z1, department yjgl), handled by O0001 (the `officer` account).</summary>
    public string Assigned { get; private set; } = "";
    /// <summary>Grid's street-vending report in T01 into which the dispatcher merged a hotline caller's report.</summary>
    public string MergedInto { get; private set; } = "";
    public const string HotlineWords = "热线来电：市民张先生（13800000000）反映楼下占道经营";
    /// <summary>The `officer` account's officer: stationed in T01, zone Z1, department zhzf.</summary>
    public string InOfficer => "O0001";
    /// <summary>An officer of zone Z3 outside every scope but the county-wide ones (not of the desk's department); on duty.</summary>
    public string OutOfficer { get; private set; } = "";

    public static string Username(Who who) => who.ToString().ToLowerInvariant();

    public async Task InitializeAsync()
    {
        Http = Gateway.CreateClient();
        foreach (var who in Enum.GetValues<Who>().Where(w => w != Who.Anonymous))
            _tokens[who] = await Gateway.SignIn(Username(who));

        var county = await Send<JsonElement>(Who.County, HttpMethod.Get, "/api/county");
        foreach (var t in county.GetProperty("townships").EnumerateArray())
        {
            var ring = t.GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
                .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
            _centres[t.GetProperty("id").GetString()!] = (ring.Take(ring.Count - 1).Average(c => c.Lat), ring.Take(ring.Count - 1).Average(c => c.Lon));
        }

        var z3 = await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/officers?zoneId=Z3&departmentId=zhzf");
        OutOfficer = z3.First().GetProperty("id").GetString()!;
        await OnDuty(Token(Who.Officer));
        await OnDuty(await Gateway.SignIn(z3.First().GetProperty("code").GetString()!));

        InScopePoint = PointIn("T01");
        InScope = await Report(Who.Grid, InScopePoint, "food-safety");
        OutOfScope = await Report(Who.County, PointIn("T09"), "water-pollution");
        InScopeEvidence = await Upload(Who.Grid, InScope);
        OutOfScopeEvidence = await Upload(Who.County, OutOfScope);
        Assigned = await HandledByOfficer(Who.Dispatcher, "T02", "work-safety");
        var at = PointIn("T01");
        MergedInto = await Report(Who.Grid, at, "street-vending");
        var hotline = new { category = "street-vending", description = HotlineWords, location = new { lat = at.Lat, lon = at.Lon } };
        await Send<JsonElement>(Who.Dispatcher, HttpMethod.Post, "/api/incidents", JsonContent.Create(hotline));
        await InitializeWhistles();
        await InitializeInspections();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Gateway.DisposeAsync();
    }

    public string Token(Who who) => _tokens[who];

    /// <summary>Signs the request in as <paramref name="who"/> (anonymous: no Authorization header).</summary>
    public HttpRequestMessage As(Who who, HttpRequestMessage request)
    {
        if (who != Who.Anonymous) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(who));
        return request;
    }

    public HubConnection Hub(string path, Who who) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Gateway.BaseAddress, path), o =>
            {
                if (who != Who.Anonymous) o.AccessTokenProvider = () => Task.FromResult<string?>(Token(who));
            })
            .Build();

    /// <summary>A point inside the township, each call ~330 m from the last (a 9 × 9 lattice), so reports never merge by accident.</summary>
    public (double Lat, double Lon) PointIn(string townshipId)
    {
        lock (_spread)
        {
            var i = _spread[townshipId] = _spread.GetValueOrDefault(townshipId) + 1;
            if (i >= 81) throw new InvalidOperationException($"out of distinct points in {townshipId}");
            var (lat, lon) = _centres[townshipId];
            return (lat + (i % 9 - 4) * 0.003, lon + (i / 9 - 4) * 0.0035);
        }
    }

    public static object ReportBody(string category, (double Lat, double Lon) at) =>
        new { category, description = "授权矩阵测试上报", location = new { lat = at.Lat, lon = at.Lon } };

    public static MultipartFormDataContent Photo() => new() { { new ByteArrayContent(Png), "file", "scene.png" } };

    public async Task<T> Send<T>(Who who, HttpMethod method, string path, HttpContent? content = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.SendAsync(As(who, new HttpRequestMessage(method, path) { Content = content }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"fixture: {method} {path} as {who} answered {(int)response.StatusCode}, not {(int)expected}: {body}");
        return JsonSerializer.Deserialize<T>(body, Client.Json)!;
    }

    public async Task OnDuty(string token)
    {
        await using var device = Gateway.HubWithToken("/hubs/field", token);
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
    }

    async Task<string> Upload(Who who, string incident) =>
        (await Send<JsonElement>(who, HttpMethod.Post, $"/api/incidents/{incident}/evidence", Photo(), HttpStatusCode.Created)).GetProperty("id").GetString()!;

    /// <summary>A new incident (201, never merged).</summary>
    public async Task<string> Report(Who reporter, (double Lat, double Lon) at, string category)
    {
        var created = await Send<JsonElement>(reporter, HttpMethod.Post, "/api/incidents", JsonContent.Create(ReportBody(category, at)), HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    public Task Act(Who who, string incident, string action, object? body = null) =>
        Send<JsonElement>(who, HttpMethod.Post, $"/api/incidents/{incident}/actions/{action}", JsonContent.Create(body ?? new { }));

    /// <summary>A fresh incident reported by <paramref name="reporter"/> and left in status reported.</summary>
    public Task<string> Reported(Who reporter = Who.Grid, string township = "T01", string category = "food-safety") =>
        Report(reporter, PointIn(township), category);

    /// <summary>A fresh incident reported by grid in T01 (food-safety, scjg) and registered by the zone dispatcher.</summary>
    public async Task<string> Registered()
    {
        var id = await Reported();
        await Act(Who.Dispatcher, id, "register");
        return id;
    }

    /// <summary>
    /// A fresh registered incident dispatched to O0001 (the `officer` account) by the zone dispatcher. O0001 takes one
    /// incident at a time: whatever it still holds from an earlier row is parked first (which releases it).
    /// </summary>
    public async Task<string> DispatchedToOfficer(Who reporter = Who.Grid, string township = "T01", string category = "food-safety")
    {
        await _officerBusy.WaitAsync();
        try
        {
            await ReleaseWhistleOfficer();
            await ReleaseIncidentOfficer();
            var id = await Reported(reporter, township, category);
            await Act(Who.Dispatcher, id, "register");
            await Act(Who.Dispatcher, id, "dispatch", new { officerId = InOfficer, reason = "授权矩阵测试：跨部门派遣" });
            _holding = id;
            return id;
        }
        finally
        {
            _officerBusy.Release();
        }
    }

    async Task ReleaseIncidentOfficer()
    {
        if (_holding is not { } held) return;
        var status = (await Send<JsonElement>(Who.County, HttpMethod.Get, $"/api/incidents/{held}")).GetProperty("status").GetString();
        if (status is "dispatched" or "acknowledged" or "onScene")
            await Act(Who.County, held, "park", new { reason = "授权矩阵测试：释放队员" });
        _holding = null;
    }

    /// <summary>A fresh incident O0001 has acknowledged, reached and handled (O0001 is free again afterwards).</summary>
    public async Task<string> HandledByOfficer(Who reporter = Who.Grid, string township = "T01", string category = "food-safety")
    {
        var id = await DispatchedToOfficer(reporter, township, category);
        await Act(Who.Officer, id, "acknowledge");
        await Act(Who.Officer, id, "arrive");
        await Act(Who.Officer, id, "handle", new { result = "已处置" });
        return id;
    }
}
