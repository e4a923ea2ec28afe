using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Cluster.Tests;

public sealed class TwoSiloOneGatewayCluster : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;
    public async Task InitializeAsync() => Cluster = await LocalCluster.Start(silos: 2, gateways: 1);
    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

public class IncidentDurabilityTests(TwoSiloOneGatewayCluster fixture) : IClassFixture<TwoSiloOneGatewayCluster>
{
    [Fact]
    public async Task An_incident_answered_with_201_survives_the_loss_of_every_silo_that_held_it()
    {
        var cluster = fixture.Cluster;
        var gateway = cluster.Gateways[0].Url;
        using var grid = await Api.Http(gateway, "grid");
        var county = await grid.GetFromJsonAsync<JsonElement>("/api/county");
        var ring = county.GetProperty("townships")[0].GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
            .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var at = new { lat = ring.Take(ring.Count - 1).Average(c => c.Lat), lon = ring.Take(ring.Count - 1).Average(c => c.Lon) };

        var created = await grid.PostAsJsonAsync("/api/incidents", new { category = "littering", description = "桥下堆放垃圾", location = at });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        // Kill one silo, add a fresh one, kill the other: whatever held the incident and its desk is gone.
        cluster.Silos[0].Process.Kill();
        await cluster.AddSilo();
        cluster.Silos[1].Process.Kill();

        var again = await Eventually.Value(async () =>
        {
            try { return await grid.GetFromJsonAsync<JsonElement?>($"/api/incidents/{id}"); }
            catch (Exception) { return null; }
        }, i => i is not null, $"incident {id} after the silo kills", 60_000);
        Assert.Equal("reported", again!.Value.GetProperty("status").GetString());
        Assert.Equal("桥下堆放垃圾", again.Value.GetProperty("description").GetString());

        var listed = await Eventually.Value(async () =>
        {
            try { return await grid.GetFromJsonAsync<List<JsonElement>>("/api/incidents"); }
            catch (Exception) { return null; }
        }, l => l is not null && l.Any(i => i.GetProperty("id").GetString() == id), "the desk's list to still hold it", 30_000);
        Assert.NotNull(listed);
    }
}
