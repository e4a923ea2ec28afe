using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>GET /api/incidents as a county's year needs it: cursor pages, filters, the history of ended incidents, export.</summary>
public class IncidentListTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static int _spread;

    async Task<string> Report(HttpClient http, string township, string category = "littering", string description = "列表测试")
    {
        var at = await gateway.SpreadIn(township, Interlocked.Increment(ref _spread));
        var response = await http.PostAsJsonAsync("/api/incidents", new { category, description, location = new { lat = at.Lat, lon = at.Lon } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    static async Task<JsonElement> Page(HttpClient http, string query)
    {
        var response = await http.GetAsync("/api/incidents?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static List<string> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
    static string? Next(JsonElement page) => page.GetProperty("nextCursor").GetString();

    [Fact]
    public async Task A_cursor_walk_sees_every_incident_once_newest_first_while_new_ones_arrive()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var before = new List<string>();
        for (var i = 0; i < 7; i++) before.Add(await Report(dispatcher, "T02", description: "游标测试"));

        var seen = new List<string>();
        var page = await Page(dispatcher, "q=游标测试&limit=2");
        var arrived = new List<string>();
        while (true)
        {
            Assert.True(page.GetProperty("items").GetArrayLength() <= 2);
            seen.AddRange(Ids(page));
            // New reports between pages land above the cursor: they never push an old one into a later page twice.
            arrived.Add(await Report(dispatcher, "T02", description: "游标测试"));
            if (Next(page) is not { } cursor) break;
            page = await Page(dispatcher, $"q=游标测试&limit=2&cursor={Uri.EscapeDataString(cursor)}");
        }
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(before.AsEnumerable().Reverse(), seen);
        Assert.DoesNotContain(arrived, seen.Contains);
        // A fresh first page shows the newest first.
        Assert.Equal(arrived[^1], Ids(await Page(dispatcher, "q=游标测试&limit=1"))[0]);
    }

    [Fact]
    public async Task Ended_incidents_leave_the_queue_and_are_found_in_the_history_with_several_statuses()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var rejected = await Report(dispatcher, "T03", description: "历史测试");
        var open = await Report(dispatcher, "T03", description: "历史测试");
        var reject = await dispatcher.PostAsJsonAsync($"/api/incidents/{rejected}/actions/reject", new { reason = "不属于执法事项" });
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);

        var openStatuses = "reported,registered,dispatched,acknowledged,onScene,handled,verified,parked";
        var queue = await IncidentList.All(dispatcher, $"status={openStatuses}&townshipId=T03");
        Assert.Contains(queue, i => i.GetProperty("id").GetString() == open);
        Assert.DoesNotContain(queue, i => i.GetProperty("id").GetString() == rejected);

        var history = await IncidentList.All(dispatcher, "status=closed,rejected,evaluated&q=历史测试");
        Assert.Equal([rejected], history.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal("rejected", history[0].GetProperty("status").GetString());
        Assert.True((await Page(dispatcher, "limit=1")).GetProperty("asOf").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Filters_narrow_within_the_callers_scope_and_never_beyond_it()
    {
        using var county = await gateway.ClientFor("county");
        var z3 = await Report(county, "T09", category: "public-hygiene", description: "范围测试");
        using var dispatcher = await gateway.ClientFor("dispatcher"); // zone Z1 only
        Assert.Empty(await IncidentList.All(dispatcher, "townshipId=T09"));
        Assert.Empty(await IncidentList.All(dispatcher, "zoneId=Z3"));
        Assert.Equal([z3], (await IncidentList.All(county, "zoneId=Z3&q=范围测试")).Select(i => i.GetProperty("id").GetString()));
        Assert.Equal([z3], (await IncidentList.All(county, "category=public-hygiene&q=范围测试")).Select(i => i.GetProperty("id").GetString()));
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");
        Assert.Empty(await IncidentList.All(county, $"q=范围测试&to={today}"));
        Assert.Single(await IncidentList.All(county, $"q=范围测试&from={today}"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("status=open", "status")]
    [InlineData("status=closed,nonsense", "status")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("zoneId=Z99", "zoneId")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    public async Task A_bad_query_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var county = await gateway.ClientFor("county");
        var response = await county.GetAsync("/api/incidents?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_huge_query_text_is_refused_and_a_long_list_is_cut_at_200()
    {
        using var county = await gateway.ClientFor("county");
        Assert.Equal(HttpStatusCode.BadRequest, (await county.GetAsync("/api/incidents?q=" + new string('x', 5000))).StatusCode);
        Assert.True((await Page(county, "limit=200")).GetProperty("items").GetArrayLength() <= 200);
    }

    [Fact]
    public async Task A_cursor_says_nothing_of_the_item_it_ends_on_and_a_tampered_one_is_refused()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var first = await Report(dispatcher, "T01", description: "封页令牌测试");
        var second = await Report(dispatcher, "T01", description: "封页令牌测试");
        var page = await Page(dispatcher, "q=封页令牌测试&limit=1");
        var cursor = page.GetProperty("nextCursor").GetString()!;
        // A page cut by the scan budget may end on an item outside the caller's scope: its id and time must not show.
        var raw = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(cursor);
        var text = System.Text.Encoding.Latin1.GetString(raw);
        Assert.DoesNotContain(second, text);
        Assert.DoesNotContain("|", text);
        Assert.Equal([first], (await Page(dispatcher, $"q=封页令牌测试&limit=1&cursor={cursor}")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString()).Where(id => id == first || id == second));

        raw[^1] ^= 1;
        var tampered = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(raw);
        using var refused = await dispatcher.GetAsync($"/api/incidents?limit=1&cursor={tampered}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("\"cursor\"", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_export_is_utf8_csv_with_a_bom_and_chinese_headers_for_the_county_and_the_auditor_only()
    {
        using var county = await gateway.ClientFor("county");
        var id = await Report(county, "T05", description: "导出测试, 含逗号");
        using var auditor = await gateway.ClientFor("auditor");
        var response = await auditor.GetAsync("/api/incidents/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("事件编号,状态,类别,紧急程度", text);
        Assert.Contains($"{id},", text);
        Assert.Contains("\"导出测试, 含逗号\"", text);

        using var dispatcher = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.GetAsync("/api/incidents/export")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync("/api/incidents/export?from=soon")).StatusCode);
    }

    [Fact]
    public async Task Desks_hold_only_open_work_and_a_lost_query_store_is_rebuilt_from_the_grains()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var ended = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = await Report(dispatcher, "T04", description: "重建测试");
            Assert.Equal(HttpStatusCode.OK, (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/reject", new { reason = "重复" })).StatusCode);
            ended.Add(id);
        }
        var open = await Report(dispatcher, "T04", description: "重建测试");
        using var admin = await gateway.ClientFor("admin");
        var sizes = await admin.GetFromJsonAsync<JsonElement>("/api/system/state-sizes");
        Assert.All(sizes.GetProperty("grains").EnumerateArray(), g => Assert.True(g.GetProperty("bytes").GetInt32() < 65_536));

        // A start no one means (a typo of the year, or not a date) is refused before any grain is read.
        foreach (var from in new[] { "1900-01-01", "yesterday" })
        {
            using var refused = await admin.PostAsync("/api/system/listings/rebuild?from=" + from, null);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("\"from\"", await refused.Content.ReadAsStringAsync());
        }

        // The store is lost; the grains still know every incident.
        await gateway.Services.GetRequiredService<Dispatch.QueryModel.Listings<Dispatch.Domain.Incidents.IncidentRecord>>().Clear();
        Assert.Empty(await IncidentList.All(dispatcher, "q=重建测试"));
        var rebuilt = await admin.PostAsync("/api/system/listings/rebuild?from=" + DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd"), null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);
        var listed = (await IncidentList.All(dispatcher, "q=重建测试")).Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal([open, .. ended.AsEnumerable().Reverse()], listed);
    }
}
