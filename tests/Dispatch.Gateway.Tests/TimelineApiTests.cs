using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>The timeline's data is typed on the wire: numbers are numbers, booleans booleans, enums camelCase strings.</summary>
public class TimelineApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static async Task<JsonElement> Act(HttpClient http, string id, string action, object body)
    {
        var response = await http.PostAsJsonAsync($"/api/incidents/{id}/actions/{action}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static readonly string[] DataFields =
    [
        "officerId", "replaces", "outsideDepartment", "result", "evidenceIds", "accepted", "comment", "score", "minutes",
        "deadlineKind", "level", "due", "source", "requestedSource", "priority", "requestedPriority", "description", "evidenceId", "contentType", "whistleId",
    ];

    [Fact]
    public async Task Extension_minutes_verification_results_and_the_score_come_back_as_typed_values()
    {
        // O0007 (comprehensive enforcement, T01) on duty, near the problem.
        await using var device = await gateway.Hub("/hubs/field", "ZF00007");
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
        using var county = await gateway.ClientFor("county");
        var ring = (await county.GetFromJsonAsync<JsonElement>("/api/county")).GetProperty("townships").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == "T01").GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
            .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var at = (Lat: ring.Take(ring.Count - 1).Average(c => c.Lat) + 0.012, Lon: ring.Take(ring.Count - 1).Average(c => c.Lon) + 0.004);
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(at.Lat, at.Lon, DateTimeOffset.UtcNow));

        using var grid = await gateway.ClientFor("grid");
        var created = await grid.PostAsJsonAsync("/api/incidents",
            new { category = "street-vending", description = "时间线测试：占道经营", priority = "high", location = new { lat = at.Lat, lon = at.Lon } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var dispatcher = await gateway.ClientFor("dispatcher");
        using var officer = await gateway.ClientFor("ZF00007");
        await Act(dispatcher, id, "register", new { });
        await Act(dispatcher, id, "dispatch", new { officerId = "O0007" });
        await Act(dispatcher, id, "extend", new { reason = "现场需协调", minutes = 45 });
        await Act(officer, id, "acknowledge", new { });
        await Act(officer, id, "arrive", new { });
        await Act(officer, id, "handle", new { result = "已劝离摊贩" });
        var rework = await Act(grid, id, "verify", new { accepted = false, comment = "摊贩又回来了" });
        Assert.Equal("dispatched", rework.GetProperty("status").GetString());
        await Act(officer, id, "acknowledge", new { });
        await Act(officer, id, "arrive", new { });
        await Act(officer, id, "handle", new { result = "已清理并告知不得再占道" });
        await Act(grid, id, "verify", new { accepted = true });
        await Act(dispatcher, id, "close", new { });
        await Act(grid, id, "evaluate", new { score = 4 });

        var timeline = (await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline"))!;
        Assert.Equal(["report", "register", "dispatch", "extend", "acknowledge", "arrive", "handle", "verify", "acknowledge", "arrive", "handle", "verify", "close", "evaluate"],
            timeline.Select(e => e.GetProperty("action").GetString()));
        JsonElement Data(string action, int nth = 0) => timeline.Where(e => e.GetProperty("action").GetString() == action).ElementAt(nth).GetProperty("data");

        var report = Data("report");
        Assert.Equal(JsonValueKind.String, report.GetProperty("source").ValueKind);
        Assert.Equal("grid", report.GetProperty("source").GetString());
        // A grid worker's priority is advisory: the category's default applies and the wish is kept.
        Assert.Equal("normal", report.GetProperty("priority").GetString());
        Assert.Equal("high", report.GetProperty("requestedPriority").GetString());

        var dispatch = Data("dispatch");
        Assert.Equal("O0007", dispatch.GetProperty("officerId").GetString());
        Assert.Equal(JsonValueKind.Null, dispatch.GetProperty("outsideDepartment").ValueKind);

        var extend = Data("extend");
        Assert.Equal(JsonValueKind.Number, extend.GetProperty("minutes").ValueKind);
        Assert.Equal(45, extend.GetProperty("minutes").GetInt32());
        // Every field is written, absent ones as null: the console reads one shape.
        Assert.Equal(DataFields.Order(), extend.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(JsonValueKind.Null, extend.GetProperty("score").ValueKind);
        var extendEntry = timeline.Single(e => e.GetProperty("action").GetString() == "extend");
        Assert.Equal("现场需协调", extendEntry.GetProperty("reason").GetString());
        Assert.Equal("zoneDispatcher", extendEntry.GetProperty("role").GetString());
        Assert.Equal("dispatched", extendEntry.GetProperty("toStatus").GetString());

        Assert.Equal("已劝离摊贩", Data("handle").GetProperty("result").GetString());

        var failed = Data("verify", 0);
        Assert.Equal(JsonValueKind.False, failed.GetProperty("accepted").ValueKind);
        Assert.Equal("摊贩又回来了", failed.GetProperty("comment").GetString());
        Assert.Equal(JsonValueKind.True, Data("verify", 1).GetProperty("accepted").ValueKind);
        Assert.Equal("gridWorker", timeline.First(e => e.GetProperty("action").GetString() == "verify").GetProperty("role").GetString());

        var evaluate = Data("evaluate");
        Assert.Equal(JsonValueKind.Number, evaluate.GetProperty("score").ValueKind);
        Assert.Equal(4, evaluate.GetProperty("score").GetInt32());

        Assert.Equal(JsonValueKind.Null, timeline.Single(e => e.GetProperty("action").GetString() == "close").GetProperty("data").ValueKind);
    }
}
