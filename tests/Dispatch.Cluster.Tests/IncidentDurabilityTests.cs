using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

public sealed class TwoSiloOneGatewayCluster : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;
    public async Task InitializeAsync() => Cluster = await LocalCluster.Start(silos: 2, gateways: 1);
    public async Task DisposeAsync() { if (Cluster is not null) await Cluster.DisposeAsync(); }
}

public partial class IncidentDurabilityTests(TwoSiloOneGatewayCluster fixture) : IClassFixture<TwoSiloOneGatewayCluster>
{
    [Fact]
    public async Task An_incident_and_its_progress_survive_the_loss_of_every_silo_that_held_them()
    {
        var cluster = fixture.Cluster;
        var gateway = cluster.Gateways[0].Url;
        using var grid = await Api.Http(gateway, "grid");
        using var dispatcher = await Api.Http(gateway, "dispatcher");
        using var officer = await Api.Http(gateway, "ZF00002");
        var county = await grid.GetFromJsonAsync<JsonElement>("/api/county");
        var ring = county.GetProperty("townships")[0].GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
            .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var (lat, lon) = (ring.Take(ring.Count - 1).Average(c => c.Lat), ring.Take(ring.Count - 1).Average(c => c.Lon));

        await using var device = await Api.Hub(gateway, "/hubs/field", "ZF00002");
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", Api.Fix(lat, lon, DateTimeOffset.UtcNow));

        var created = await grid.PostAsJsonAsync("/api/incidents", new { category = "littering", description = "桥下堆放垃圾", location = new { lat, lon } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { })).EnsureSuccessStatusCode();
        (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = "O0002" })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/incidents/{id}/actions/acknowledge", new { })).EnsureSuccessStatusCode();

        // Every silo that was up is replaced: whatever held these grains is gone (the other tests of this class share the cluster).
        await cluster.LoseEverySilo();

        var again = await Api.ReadThroughFailover(dispatcher, $"/api/incidents/{id}");
        Assert.Equal("acknowledged", again.GetProperty("status").GetString());
        Assert.Equal("O0002", again.GetProperty("assignedOfficerId").GetString());
        Assert.Equal("桥下堆放垃圾", again.GetProperty("description").GetString());
        var timeline = await Api.ReadThroughFailover(dispatcher, $"/api/incidents/{id}/timeline");
        Assert.Equal(["report", "register", "dispatch", "acknowledge"], timeline.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("enRoute", (await Api.ReadThroughFailover(dispatcher, "/api/officers/O0002")).GetProperty("status").GetString());

        // The officer carries on: arriving works on the state read back from Redis.
        using var arrived = await Api.PostThroughFailover(officer, $"/api/incidents/{id}/actions/arrive", new { });
        Assert.Equal(HttpStatusCode.OK, arrived.StatusCode);
        Assert.Equal("onScene", (await arrived.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        // The list is the query model, written in the background: it shows the incident within moments.
        await Eventually.Value(() => Api.ReadThroughFailover(dispatcher, "/api/incidents?limit=200"),
            page => page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetString() == id), $"{id} in the dispatcher's list", 15_000);
    }
}
