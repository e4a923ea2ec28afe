using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

public partial class ClusterTests
{
    [Fact]
    public async Task A_whistle_approved_through_one_gateway_reaches_both_desks_and_the_officers_device_on_the_other()
    {
        var (gatewayA, gatewayB) = (Cluster.Gateways[0].Url, Cluster.Gateways[1].Url);
        var changes = new ConcurrentDictionary<string, ConcurrentQueue<JsonElement>>();
        var consoles = new List<HubConnection>();
        foreach (var desk in new[] { "desk", "desk-whsc" })
        {
            var hub = await Api.Hub(gatewayB, "/hubs/console", desk);
            var queue = changes[desk] = new();
            hub.On<JsonElement>("whistleChanged", queue.Enqueue);
            consoles.Add(hub);
        }
        var tasks = new ConcurrentQueue<JsonElement>();
        await using var device = await Api.Hub(gatewayB, "/hubs/field", "ZF00011"); // O0011: scjg, stationed in T01
        device.On<JsonElement>("whistleTaskOffered", tasks.Enqueue);
        await device.InvokeAsync<string>("SetOnDuty", true);
        try
        {
            using var township = await Api.Http(gatewayA, "township");
            using var leader = await Api.Http(gatewayA, "leader");
            using var desk = await Api.Http(gatewayA, "desk");
            var t01 = (await township.GetFromJsonAsync<JsonElement>("/api/county")).GetProperty("townships")[0].GetProperty("outline").GetProperty("coordinates")[0]
                .EnumerateArray().SkipLast(1).Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
            var created = await township.PostAsJsonAsync("/api/whistles", new
            {
                title = "集群吹哨", description = "跨网关测试", location = new { lat = t01.Average(c => c.Lat), lon = t01.Average(c => c.Lon) }, urgency = "urgent",
                departments = new[] { new { departmentId = "scjg", role = "lead", needs = "" }, new { departmentId = "whsc", role = "assist", needs = "" } },
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

            // The relays of the other gateway may take a moment after start: keep to the contract and wait for the push.
            Assert.True((await leader.PostAsJsonAsync($"/api/whistles/{id}/actions/approve", new { })).IsSuccessStatusCode);
            foreach (var name in changes.Keys)
                await Eventually.True(() => changes[name].Any(e => e.GetProperty("id").GetString() == id && e.GetProperty("status").GetString() == "open"),
                    () => $"{name} on the other gateway saw the whistle open\n{Cluster.Logs}", 20_000);

            var assigned = await desk.PostAsJsonAsync($"/api/whistles/{id}/actions/assign", new { departmentId = "scjg", officerIds = new[] { "O0011" } });
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
            await Eventually.True(() => tasks.Any(t => t.GetProperty("whistleId").GetString() == id), () => "the device on the other gateway got the task", 20_000);
            Assert.True((await township.PostAsJsonAsync($"/api/whistles/{id}/actions/cancel", new { reason = "测试结束" })).IsSuccessStatusCode);

            // Lists read the query model, which the silos write in the background: the other gateway lists the cancel soon after.
            using var deskB = await Api.Http(gatewayB, "desk-whsc");
            await Eventually.Value(() => deskB.GetFromJsonAsync<JsonElement>("/api/whistles?status=cancelled&limit=200"),
                page => page.GetProperty("items").EnumerateArray().Any(w => w.GetProperty("id").GetString() == id),
                "the other gateway lists the whistle cancelled", 20_000);
        }
        finally
        {
            foreach (var hub in consoles) await hub.DisposeAsync();
        }
    }
}
