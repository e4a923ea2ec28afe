using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

/// <summary>Two silos and two gateways that stay up: how work crosses from one gateway to the other.</summary>
public partial class ClusterTests(TwoSiloTwoGatewayCluster fixture) : IClassFixture<TwoSiloTwoGatewayCluster>
{
    LocalCluster Cluster => fixture.Cluster;

    [Fact]
    public async Task A_position_sent_through_one_gateway_reaches_a_console_on_the_other()
    {
        var moves = new ConcurrentQueue<OfficerMoved>();
        await using var console = await Api.Hub(Cluster.Gateways[1].Url, "/hubs/console", "dispatcher");
        console.On<OfficerMoved[]>("officersMoved", batch => { foreach (var m in batch) moves.Enqueue(m); });
        await using var device = await Api.Hub(Cluster.Gateways[0].Url, "/hubs/field", "ZF00005");

        await device.InvokeAsync<string>("SetOnDuty", true);
        var at = DateTimeOffset.UtcNow.AddSeconds(-30);
        for (var i = 0; ; i++)
        {
            // Keep reporting (as a device does) until the console hears: the gateways' relays register within seconds of start.
            await device.InvokeAsync<ReportResult>("ReportPosition", Api.Fix(28.40 + i * 0.0001, 119.83, at.AddSeconds(i * 2)));
            if (moves.Any(m => m.OfficerId == "O0005")) break;
            if (i == 50) Assert.Fail("no officersMoved reached the other gateway's console\n" + Cluster.Logs);
            await Task.Delay(200);
        }
        Assert.All(moves.Where(m => m.OfficerId == "O0005"), m => Assert.Equal("available", m.Status));
    }

    [Fact]
    public async Task An_assignment_made_through_one_gateway_reaches_the_officers_device_on_the_other()
    {
        var offers = new ConcurrentQueue<string>();
        await using var device = await Api.Hub(Cluster.Gateways[1].Url, "/hubs/field", "ZF00001");
        device.On<System.Text.Json.JsonElement>("assignmentOffered", o => offers.Enqueue(o.GetProperty("incidentId").GetString()!));
        await device.InvokeAsync<string>("SetOnDuty", true);
        using var dispatcher = await Api.Http(Cluster.Gateways[0].Url, "dispatcher");
        var county = await dispatcher.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/county");
        var ring = county.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "T01")
            .GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray().Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var (lat, lon) = (ring.Take(ring.Count - 1).Average(c => c.Lat), ring.Take(ring.Count - 1).Average(c => c.Lon));
        await device.InvokeAsync<ReportResult>("ReportPosition", Api.Fix(lat, lon, DateTimeOffset.UtcNow));

        var created = await dispatcher.PostAsJsonAsync("/api/incidents", new { category = "street-vending", description = "集群测试", location = new { lat, lon } });
        Assert.True(created.StatusCode == System.Net.HttpStatusCode.Created, $"POST /api/incidents: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { })).EnsureSuccessStatusCode();
        // The officer may still be finishing an assignment from another test run on this cluster: retry until free.
        await Eventually.Value(async () => (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = "O0001" })).StatusCode,
            s => s == System.Net.HttpStatusCode.OK, "the dispatch to be accepted", 30_000);

        await Eventually.True(() => offers.Contains(id), "assignmentOffered on the device connected to the other gateway");
    }
}
