using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Domain.Access;
using Dispatch.Gateway.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// GET /api/whistles read from the query model a page at a time: a cursor walk sees every whistle once, newest first,
/// while new ones are raised; each caller sees only its scope on every page.
/// </summary>
public class WhistleListApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly JsonSerializerOptions Json = Client.Json;

    static object Body((double Lat, double Lon) at, string townshipId, string lead, string assist) => new
    {
        title = "列表测试吹哨", description = "需多部门联合处置", location = new { lat = at.Lat, lon = at.Lon }, townshipId, urgency = "normal",
        departments = new[] { new { departmentId = lead, role = "lead", needs = "" }, new { departmentId = assist, role = "assist", needs = "" } },
    };

    static async Task<string> Raise(HttpClient staff, (double Lat, double Lon) at, string townshipId, string lead = "scjg", string assist = "whsc")
    {
        var created = await staff.PostAsJsonAsync("/api/whistles", Body(at, townshipId, lead, assist));
        var text = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {text}");
        return JsonSerializer.Deserialize<JsonElement>(text, Json).GetProperty("id").GetString()!;
    }

    static async Task<JsonElement> Page(HttpClient http, string query)
    {
        var response = await http.GetAsync("/api/whistles?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/whistles?{query}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text, Json);
    }

    /// <summary>Every page of a list, following nextCursor; <paramref name="between"/> runs after each page.</summary>
    static async Task<List<JsonElement>> Walk(HttpClient http, string query = "", int limit = 50, Func<Task>? between = null)
    {
        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await Page(http, $"limit={limit}{(query.Length > 0 ? "&" + query : "")}{(cursor is null ? "" : "&cursor=" + cursor)}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 0, limit);
            seen.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString();
            if (between is not null) await between();
        } while (cursor is not null);
        return seen;
    }

    static List<string> Ids(IEnumerable<JsonElement> whistles) => whistles.Select(w => w.GetProperty("id").GetString()!).ToList();

    /// <summary>Staff of another township than the demo accounts' (T09, zone Z3), signed in with a token the gateway issued.</summary>
    HttpClient StaffOf(string townshipId)
    {
        var scope = new Scope(Role.TownshipStaff, $"staff-{townshipId}", [], TownshipId: townshipId);
        var token = gateway.Services.GetRequiredService<TokenIssuer>().Issue(new Account(scope.Username, "", $"{townshipId} 工作人员", scope));
        var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return http;
    }

    [Fact]
    public async Task A_cursor_walk_sees_every_whistle_once_newest_first_while_new_ones_are_raised_between_pages()
    {
        var at = await gateway.CentreOf("T01");
        using var township = await gateway.ClientFor("township");
        var raised = new List<string>();
        for (var i = 0; i < 7; i++) raised.Add(await Raise(township, at, "T01"));

        var during = new List<string>();
        var walked = await Walk(township, limit: 3, between: async () => during.Add(await Raise(township, at, "T01")));

        var ids = Ids(walked);
        Assert.Equal(ids.Count, ids.Distinct().Count());                      // none twice
        Assert.Equal(Enumerable.Reverse(raised), ids.Where(raised.Contains));  // all of them, newest first
        Assert.DoesNotContain(ids, during.Contains);                           // raised after the walk began: above its cursor
        var created = walked.Select(w => w.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(created.OrderDescending(), created);
        Assert.True(during.Count >= 3, "the walk took at least three pages");

        // A fresh first page starts with the newest.
        var first = await Page(township, "limit=3");
        Assert.Equal(during[^1], first.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.True(first.GetProperty("asOf").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Several_statuses_and_the_filters_narrow_every_page()
    {
        var at = await gateway.CentreOf("T01");
        using var township = await gateway.ClientFor("township");
        using var leader = await gateway.ClientFor("leader");
        var pending = await Raise(township, at, "T01");
        var open = await Raise(township, at, "T01", lead: "zhzf", assist: "sthj");
        (await leader.PostAsJsonAsync($"/api/whistles/{open}/actions/approve", new { })).EnsureSuccessStatusCode();
        var cancelled = await Raise(township, at, "T01");
        (await township.PostAsJsonAsync($"/api/whistles/{cancelled}/actions/cancel", new { reason = "列表测试" })).EnsureSuccessStatusCode();

        var active = Ids(await Walk(township, "status=pendingApproval,open", limit: 2));
        Assert.Contains(pending, active);
        Assert.Contains(open, active);
        Assert.DoesNotContain(cancelled, active);
        Assert.Equal([cancelled], Ids(await Walk(township, "status=cancelled")).Where(id => id == cancelled || id == open));
        var sthj = await Walk(township, "departmentId=sthj");
        Assert.Contains(open, Ids(sthj));
        Assert.All(sthj, w => Assert.Contains(w.GetProperty("departments").EnumerateArray(), p => p.GetProperty("departmentId").GetString() == "sthj"));
        Assert.Empty(Ids(await Walk(township, "townshipId=T02")));
    }

    [Fact]
    public async Task Another_townships_staff_never_sees_them_and_each_desk_sees_only_what_summons_it()
    {
        var t01 = await gateway.CentreOf("T01");
        var t09 = await gateway.CentreOf("T09");
        using var township = await gateway.ClientFor("township");
        using var shimen = StaffOf("T09");
        var ours = new[] { await Raise(township, t01, "T01"), await Raise(township, t01, "T01") };
        var theirs = new[] { await Raise(shimen, t09, "T09", lead: "sthj", assist: "zrzy"), await Raise(shimen, t09, "T09", lead: "sthj", assist: "zrzy") };

        var seenByT01 = Ids(await Walk(township, limit: 2));
        Assert.All(ours, id => Assert.Contains(id, seenByT01));
        Assert.DoesNotContain(seenByT01, theirs.Contains);
        Assert.Empty(Ids(await Walk(township, "townshipId=T09")));           // a filter never widens the scope
        Assert.Empty(Ids(await Walk(township, "departmentId=zrzy", limit: 1)));

        var seenByT09 = await Walk(shimen, limit: 1);
        Assert.Equal(Enumerable.Reverse(theirs), Ids(seenByT09));
        Assert.All(seenByT09, w => Assert.Equal("T09", w.GetProperty("townshipId").GetString()));

        using var scjgDesk = await gateway.ClientFor("desk");
        var seenByScjg = Ids(await Walk(scjgDesk));
        Assert.All(ours, id => Assert.Contains(id, seenByScjg));
        Assert.DoesNotContain(seenByScjg, theirs.Contains);
        using var sthjDesk = await gateway.ClientFor("desk-sthj");
        var seenBySthj = Ids(await Walk(sthjDesk));
        Assert.All(theirs, id => Assert.Contains(id, seenBySthj));

        using var dispatcher = await gateway.ClientFor("dispatcher"); // zone Z1
        Assert.DoesNotContain(Ids(await Walk(dispatcher)), theirs.Contains);
        using var county = await gateway.ClientFor("county");
        var seenByCounty = Ids(await Walk(county, limit: 200));
        Assert.All(ours.Concat(theirs), id => Assert.Contains(id, seenByCounty));
        using var grid = await gateway.ClientFor("grid");
        Assert.Empty(Ids(await Walk(grid)));
    }

    [Fact]
    public async Task A_lost_query_store_is_rebuilt_from_the_grains_with_every_whistle_in_its_place()
    {
        var at = await gateway.CentreOf("T01");
        using var township = await gateway.ClientFor("township");
        var open = await Raise(township, at, "T01");
        var cancelled = await Raise(township, at, "T01");
        (await township.PostAsJsonAsync($"/api/whistles/{cancelled}/actions/cancel", new { reason = "重建测试" })).EnsureSuccessStatusCode();
        var before = await Walk(township, limit: 7);
        Assert.Equal([cancelled, open], Ids(before).Take(2));

        await gateway.Services.GetRequiredService<Dispatch.QueryModel.Listings<Dispatch.Domain.Whistles.WhistleRecord>>().Clear();
        Assert.Empty(await Walk(township));
        using var admin = await gateway.ClientFor("admin");
        var rebuilt = await admin.PostAsync("/api/system/listings/rebuild?from=" + DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd"), null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        Assert.True((await rebuilt.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("whistles").GetInt32() >= before.Count);

        var after = await Walk(township, limit: 7);
        Assert.Equal(Ids(before), Ids(after));
        Assert.Equal(before.Select(w => w.GetProperty("status").GetString()), after.Select(w => w.GetProperty("status").GetString()));
        var sizes = await admin.GetFromJsonAsync<JsonElement>("/api/system/state-sizes", Json);
        var names = sizes.GetProperty("grains").EnumerateArray().Select(g => g.GetProperty("name").GetString()).ToList();
        Assert.Contains("whistle-desk/Z1", names);
        Assert.Contains("hotline-desk", names);
        Assert.Contains("inspection-office", names);
        Assert.Contains(sizes.GetProperty("queryStore").GetProperty("lists").EnumerateArray(), l => l.GetProperty("list").GetString() == "whistles");
    }

    [Fact]
    public async Task A_bad_cursor_or_limit_is_a_validation_problem()
    {
        using var county = await gateway.ClientFor("county");
        foreach (var query in new[] { "limit=0", "limit=201", "limit=-5", "limit=fifty", "cursor=garbage", "cursor=" + new string('A', 400), "status=finished" })
        {
            var refused = await county.GetAsync($"/api/whistles?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
            Assert.Equal(JsonValueKind.Object, problem.GetProperty("errors").ValueKind);
        }
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync("/api/whistles?limit=200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await county.GetAsync("/api/whistles?limit=1")).StatusCode);
    }
}
