using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Cluster.Tests;

public partial class IncidentDurabilityTests
{
    /// <summary>
    /// The query model lives in the cluster's Redis (keys <c>q:*</c>). If it is lost, every list is empty until an
    /// admin rebuilds it from the grains; then every incident and whistle acknowledged before is listed again, in its
    /// latest state.
    /// </summary>
    [Fact]
    public async Task A_lost_query_store_in_redis_is_rebuilt_from_the_grains_with_nothing_acknowledged_missing()
    {
        var cluster = fixture.Cluster;
        var gateway = cluster.Gateways[0].Url;
        using var dispatcher = await Api.Http(gateway, "dispatcher");
        using var township = await Api.Http(gateway, "township");
        using var admin = await Api.Http(gateway, "admin");
        var (lat, lon) = await Api.FirstTownshipCentre(dispatcher);

        // Three categories, so none merges into another as a duplicate; two are rejected at once (they leave the desk).
        var expected = new Dictionary<string, string>();
        foreach (var (category, reject) in new[] { ("street-vending", true), ("outdoor-advertising", true), ("cooking-fumes", false) })
        {
            var created = await dispatcher.PostAsJsonAsync("/api/incidents", new { category, description = "查询模型重建测试", location = new { lat, lon } });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            if (reject) (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/reject", new { reason = "重建测试" })).EnsureSuccessStatusCode();
            expected[id] = reject ? "rejected" : "reported";
        }
        var whistle = await township.PostAsJsonAsync("/api/whistles", new
        {
            title = "重建测试吹哨", description = "查询模型重建", location = new { lat, lon }, urgency = "normal",
            departments = new[] { new { departmentId = "scjg", role = "lead", needs = "" }, new { departmentId = "whsc", role = "assist", needs = "" } },
        });
        Assert.Equal(HttpStatusCode.Created, whistle.StatusCode);
        var whistleId = (await whistle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await township.PostAsJsonAsync($"/api/whistles/{whistleId}/actions/cancel", new { reason = "重建测试" })).EnsureSuccessStatusCode();

        await Eventually.Value(() => Listed(dispatcher), l => expected.Keys.All(l.ContainsKey), "the incidents in the list", 15_000);
        await Eventually.Value(() => WhistlesListed(township), l => l.GetValueOrDefault(whistleId) == "cancelled", "the whistle in the list", 15_000);

        await WipeQueryStore(cluster.Redis.Port);
        // Ended ones are never written again unless they change (the open one may be, by its desk's 5-minute sweep).
        var empty = await Listed(dispatcher);
        Assert.DoesNotContain(empty.Keys, id => expected.GetValueOrDefault(id) == "rejected");
        Assert.DoesNotContain(whistleId, (await WhistlesListed(township)).Keys);

        var from = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(-1).ToString("yyyy-MM-dd");
        using var rebuilt = await admin.PostAsync($"/api/system/listings/rebuild?from={from}", null);
        Assert.Equal(HttpStatusCode.OK, rebuilt.StatusCode);

        // The silos' background writers may still be writing; the rebuild alone must have put everything back.
        var listed = await Listed(dispatcher);
        Assert.All(expected, e => Assert.Equal(e.Value, listed.GetValueOrDefault(e.Key)));
        Assert.Equal("cancelled", (await WhistlesListed(township)).GetValueOrDefault(whistleId));
    }

    static async Task<Dictionary<string, string>> Listed(HttpClient http)
    {
        var page = await Api.ReadThroughFailover(http, "/api/incidents?limit=200&q=查询模型重建测试");
        return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("status").GetString()!);
    }

    static async Task<Dictionary<string, string>> WhistlesListed(HttpClient http)
    {
        var page = await Api.ReadThroughFailover(http, "/api/whistles?limit=200");
        return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("status").GetString()!);
    }

    /// <summary>Deletes every key of the query model from the cluster's Redis, as a lost or flushed store would.</summary>
    static async Task WipeQueryStore(int port)
    {
        using var cli = Process.Start(new ProcessStartInfo("redis-cli", ["-p", port.ToString(), "EVAL",
            "local n = 0 for _, k in ipairs(redis.call('KEYS', 'q:*')) do redis.call('DEL', k) n = n + 1 end return n", "0"])
        { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        Assert.True(cli.ExitCode == 0 && int.TryParse(output.Trim().Split(' ')[^1], out var deleted) && deleted > 0, $"redis-cli: {output} {await cli.StandardError.ReadToEndAsync()}");
    }
}
