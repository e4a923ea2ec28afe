using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

public partial class IncidentDurabilityTests
{
    [Fact]
    public async Task A_whistle_its_parts_and_the_officers_sent_survive_the_loss_of_every_silo_that_held_them()
    {
        var cluster = fixture.Cluster;
        var gateway = cluster.Gateways[0].Url;
        using var township = await Api.Http(gateway, "township");
        using var leader = await Api.Http(gateway, "leader");
        using var desk = await Api.Http(gateway, "desk");
        using var officer = await Api.Http(gateway, "ZF00012"); // O0012: 市场监管, stationed in T01
        var (lat, lon) = await Api.FirstTownshipCentre(township);
        await using (var device = await Api.Hub(gateway, "/hubs/field", "ZF00012"))
            await device.InvokeAsync<string>("SetOnDuty", true);

        var created = await township.PostAsJsonAsync("/api/whistles", new
        {
            title = "耐久测试吹哨", description = "集群故障切换", location = new { lat, lon }, urgency = "urgent",
            departments = new[] { new { departmentId = "scjg", role = "lead", needs = "执法记录仪" }, new { departmentId = "whsc", role = "assist", needs = "" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await leader.PostAsJsonAsync($"/api/whistles/{id}/actions/approve", new { })).EnsureSuccessStatusCode();
        (await desk.PostAsJsonAsync($"/api/whistles/{id}/actions/assign", new { departmentId = "scjg", officerIds = new[] { "O0012" } })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/whistles/{id}/actions/acknowledge", new { })).EnsureSuccessStatusCode();

        // Every silo that was up is replaced: whatever held these grains is gone (the other tests of this class share the cluster).
        await cluster.LoseEverySilo();

        var again = await Api.ReadThroughFailover(desk, $"/api/whistles/{id}");
        Assert.Equal("open", again.GetProperty("status").GetString());
        var parts = again.GetProperty("departments").EnumerateArray().ToDictionary(p => p.GetProperty("departmentId").GetString()!);
        Assert.Equal("acknowledged", parts["scjg"].GetProperty("status").GetString());
        Assert.Equal(["O0012"], parts["scjg"].GetProperty("officerIds").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("notified", parts["whsc"].GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, parts["whsc"].GetProperty("deadline").ValueKind);
        var timeline = await Api.ReadThroughFailover(desk, $"/api/whistles/{id}/timeline");
        Assert.Equal(["create", "approve", "assign", "acknowledge"], timeline.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("enRoute", (await Api.ReadThroughFailover(desk, "/api/officers/O0012")).GetProperty("status").GetString());
        // The list is the query model in Redis, written in the background: wait for it rather than read it once.
        await Eventually.Value(() => Api.ReadThroughFailover(desk, "/api/whistles?limit=200"),
            page => page.GetProperty("items").EnumerateArray().Any(w => w.GetProperty("id").GetString() == id), "the desk's list shows the whistle", 30_000);

        // The officer carries on from the state read back from Redis.
        using var arrived = await Api.PostThroughFailover(officer, $"/api/whistles/{id}/actions/arrive", new { });
        Assert.Equal(HttpStatusCode.OK, arrived.StatusCode);
        (await township.PostAsJsonAsync($"/api/whistles/{id}/actions/cancel", new { reason = "测试结束" })).EnsureSuccessStatusCode();
    }
}
