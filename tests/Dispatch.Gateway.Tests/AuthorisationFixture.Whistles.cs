using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Microsoft.Extensions.DependencyInjection;
using Dispatch.Grains.Contracts.Whistles;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// The whistles the matrix asks about: one in scope (raised by `township` in T01, approved by `leader`, summoning scjg
/// (the desk's department) to lead and zhzf to assist), one out of scope (raised in T09, zone Z3, summoning sthj and
/// zrzy), and fresh ones in a given state for rows that change a whistle.
/// </summary>
public sealed partial class AuthorisationFixture
{
    /// <summary>T01, zone Z1, scjg lead + zhzf assist, open: seen by county, auditor, dispatcher, desk, township.</summary>
    public string WhistleInScope { get; private set; } = "";
    /// <summary>T09, zone Z3, sthj + zrzy, open: seen by county and auditor only.</summary>
    public string WhistleOutOfScope { get; private set; } = "";
    string _leaderToken = "";
    string? _holdingWhistle;
    readonly Queue<string> _freeScjg = new(), _freeZhzf = new();

    async Task InitializeWhistles()
    {
        _leaderToken = await Gateway.SignIn("leader");
        var officers = await Send<List<JsonElement>>(Who.County, HttpMethod.Get, "/api/officers?zoneId=Z1");
        foreach (var o in officers.Where(o => o.GetProperty("id").GetString() != InOfficer))
        {
            var (id, department) = (o.GetProperty("id").GetString()!, o.GetProperty("departmentId").GetString());
            if (department == "scjg") _freeScjg.Enqueue(id);
            else if (department == "zhzf") _freeZhzf.Enqueue(id);
        }
        WhistleInScope = await OpenWhistle();

        // No demo account works in T09: this one is filed straight at the desk, as its township's staff would.
        var county = Gateway.Services.GetRequiredService<CountyDirectory>();
        var t09 = county.Township("T09")!;
        var staff = new Actor(new Scope(Role.TownshipStaff, "t09-staff", [], TownshipId: "T09"), "石门镇 工作人员");
        var (lat, lon) = Centre("T09");
        var whistle = new NewWhistle("石门镇非法采矿", "授权矩阵测试吹哨", WhistleUrgency.Emergency, "T09", t09.ZoneId, new GeoPoint(lat, lon),
            [new WhistlePart("sthj", PartRole.Lead, null), new WhistlePart("zrzy", PartRole.Assist, null)], null);
        WhistleOutOfScope = (await Gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<IWhistleDeskGrain>(t09.ZoneId).File(whistle, staff)).Id;
    }

    public static object WhistleBody((double Lat, double Lon) at, string townshipId = "T01", params (string Department, string Role)[] parts) => new
    {
        title = "授权矩阵测试吹哨",
        description = "需多部门联合处置",
        location = new { lat = at.Lat, lon = at.Lon },
        townshipId,
        urgency = "urgent",
        departments = (parts.Length == 0 ? [("scjg", "lead"), ("zhzf", "assist")] : parts)
            .Select(p => new { departmentId = p.Department, role = p.Role, needs = "执法记录仪" }).ToArray(),
    };

    /// <summary>A township's centre: whistles are never merged, so they need no distinct points.</summary>
    public (double Lat, double Lon) Centre(string townshipId) => _centres[townshipId];

    /// <summary>A fresh whistle raised by `township` in T01 and left awaiting approval.</summary>
    public async Task<string> PendingWhistle(params (string Department, string Role)[] parts) =>
        (await Send<JsonElement>(Who.Township, HttpMethod.Post, "/api/whistles", JsonContent.Create(WhistleBody(Centre("T01"), "T01", parts)), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;

    /// <summary>A fresh whistle in T01, approved by `leader`.</summary>
    public async Task<string> OpenWhistle(params (string Department, string Role)[] parts)
    {
        var id = await PendingWhistle(parts);
        await WhistleAct(_leaderToken, id, "approve");
        return id;
    }

    /// <summary>An on-duty officer of zone Z1 nobody else uses (scjg or zhzf), for rows that name officers.</summary>
    public async Task<string> FreeOfficer(string department)
    {
        var id = (department == "scjg" ? _freeScjg : _freeZhzf).Dequeue();
        var code = (await Send<JsonElement>(Who.County, HttpMethod.Get, $"/api/officers/{id}")).GetProperty("code").GetString()!;
        await OnDuty(await Gateway.SignIn(code));
        return id;
    }

    /// <summary>
    /// A fresh open whistle (scjg lead, zhzf assist) on which the zone dispatcher sent O0001 (the `officer` account) for
    /// zhzf. O0001 does one thing at a time: what it holds from an earlier row is released first.
    /// </summary>
    public async Task<string> WhistleWithOfficer()
    {
        await _officerBusy.WaitAsync();
        try
        {
            await ReleaseIncidentOfficer();
            await ReleaseWhistleOfficer();
            var id = await OpenWhistle();
            await WhistleAct(Token(Who.Dispatcher), id, "assign", new { departmentId = "zhzf", officerIds = new[] { InOfficer } });
            _holdingWhistle = id;
            return id;
        }
        finally
        {
            _officerBusy.Release();
        }
    }

    /// <summary>A fresh whistle summoning scjg alone, reported for and handled by the desk: ready to close.</summary>
    public async Task<string> HandledWhistle()
    {
        var id = await OpenWhistle(("scjg", "lead"));
        var officer = await FreeOfficer("scjg");
        await WhistleAct(Token(Who.Desk), id, "assign", new { departmentId = "scjg", officerIds = new[] { officer } });
        await WhistleAct(Token(Who.Desk), id, "handle", new { departmentId = "scjg", result = "已处置" });
        // Handling the part released the officer: it can be sent again (Z1 has only 16 scjg officers).
        _freeScjg.Enqueue(officer);
        return id;
    }

    public async Task<string> ClosedWhistle()
    {
        var id = await HandledWhistle();
        await WhistleAct(Token(Who.Township), id, "close");
        return id;
    }

    async Task ReleaseWhistleOfficer()
    {
        if (_holdingWhistle is not { } held) return;
        var status = (await Send<JsonElement>(Who.County, HttpMethod.Get, $"/api/whistles/{held}")).GetProperty("status").GetString();
        if (status == "open") await WhistleAct(Token(Who.Township), held, "cancel", new { reason = "授权矩阵测试：释放队员" });
        _holdingWhistle = null;
    }

    async Task WhistleAct(string token, string id, string action, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/whistles/{id}/actions/{action}") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"fixture: {action} on {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
