using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

public sealed record AssignmentOffered(string IncidentId, string Category, string Priority, string Description, double? DistanceMeters, DateTimeOffset? Deadline);
public sealed record IncidentChanged(string Id, string Status, string Priority, string? AssignedOfficerId, DateTimeOffset UpdatedAt);

/// <summary>The incident API as grid workers, dispatchers and officers use it (township T02, zone Z1).</summary>
public class IncidentApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static int _spread;

    async Task<(double Lat, double Lon)> PointIn(string townshipId)
    {
        var (lat, lon) = await gateway.CentreOf(townshipId);
        // Each call a little apart (~330 m), so reports of one test are not merged with another's.
        var offset = Interlocked.Increment(ref _spread) * 0.003;
        return (lat - 0.01 + offset % 0.02, lon);
    }

    static object Report(string category, (double Lat, double Lon) at, string? priority = null) =>
        new { category, description = "测试上报", priority, location = new { lat = at.Lat, lon = at.Lon } };

    static async Task<HttpResponseMessage> Post(HttpClient http, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/incidents") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await http.SendAsync(request);
    }

    [Fact]
    public async Task A_grid_report_is_201_with_a_location_and_a_retry_with_the_same_key_returns_the_same_incident()
    {
        using var grid = await gateway.ClientFor("grid");
        var at = await PointIn("T01");
        var key = Guid.NewGuid().ToString();
        var first = await Post(grid, Report("littering", at), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var incident = await first.Content.ReadFromJsonAsync<JsonElement>();
        var id = incident.GetProperty("id").GetString()!;
        Assert.Equal($"/api/incidents/{id}", first.Headers.Location!.OriginalString);
        Assert.Equal("reported", incident.GetProperty("status").GetString());
        Assert.Equal("T01", incident.GetProperty("townshipId").GetString());
        Assert.Equal("Z1", incident.GetProperty("zoneId").GetString());
        Assert.False(incident.GetProperty("merged").GetBoolean());
        foreach (var field in new[] { "priority", "description", "location", "gridId", "departmentId", "assignedOfficerId", "deadlines", "createdAt", "updatedAt" })
            Assert.True(incident.TryGetProperty(field, out _), $"missing {field}");

        var retry = await Post(grid, Report("littering", at), key);
        Assert.Equal(id, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_second_report_nearby_is_merged_with_200()
    {
        using var grid = await gateway.ClientFor("grid");
        var at = await PointIn("T01");
        var first = await (await Post(grid, Report("cooking-fumes", at))).Content.ReadFromJsonAsync<JsonElement>();
        var again = await Post(grid, Report("cooking-fumes", (at.Lat + 0.0002, at.Lon)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var merged = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(merged.GetProperty("merged").GetBoolean());
        Assert.Equal(first.GetProperty("id").GetString(), merged.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_reports_are_validation_problems_and_create_nothing()
    {
        using var grid = await gateway.ClientFor("grid");
        var outside = await Post(grid, new { category = "littering", description = "x", location = new { lat = 30.25, lon = 120.15 } });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var unknown = await Post(grid, new { category = "ufo", description = "x", location = new { lat = 28.45, lon = 119.92 } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("category", out _));
        var notMine = await Post(grid, Report("littering", await PointIn("T05")));
        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
    }

    [Fact]
    public async Task The_dispatcher_assigns_and_the_officers_device_is_offered_the_task_then_works_it()
    {
        await using var device = await gateway.Hub("/hubs/field", "ZF00008"); // zhzf, T01
        var offers = new ConcurrentQueue<AssignmentOffered>();
        device.On<AssignmentOffered>("assignmentOffered", offers.Enqueue);
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
        var at = await PointIn("T01");
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(at.Lat + 0.001, at.Lon, DateTimeOffset.UtcNow));

        await using var console = await gateway.Hub("/hubs/console", "dispatcher");
        var changes = new ConcurrentQueue<IncidentChanged>();
        console.On<IncidentChanged>("incidentChanged", changes.Enqueue);
        await console.StartAsync();

        using var grid = await gateway.ClientFor("grid");
        var id = (await (await Post(grid, Report("street-vending", at))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await Eventually.True(() => changes.Any(c => c.Id == id && c.Status == "reported"), "incidentChanged at the zone console");

        using var dispatcher = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { })).StatusCode);
        var recommendations = await Eventually.Value(
            () => dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/recommendations")!,
            r => r!.Any(x => x.GetProperty("officerId").GetString() == "O0008"), "O0008 recommended");
        Assert.True(recommendations!.First(x => x.GetProperty("officerId").GetString() == "O0008").GetProperty("etaSeconds").GetInt32() > 0);

        var dispatched = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = "O0008" });
        Assert.Equal(HttpStatusCode.OK, dispatched.StatusCode);
        await Eventually.True(() => offers.Any(o => o.IncidentId == id), "assignmentOffered on the officer's device");
        Assert.True(offers.First(o => o.IncidentId == id).DistanceMeters < 200);

        using var officer = await gateway.ClientFor("ZF00008");
        var ack = await officer.PostAsJsonAsync($"/api/incidents/{id}/actions/acknowledge", new { });
        Assert.Equal("acknowledged", (await ack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var me = await officer.GetFromJsonAsync<JsonElement>("/api/officers/O0008");
        Assert.Equal("enRoute", me.GetProperty("status").GetString());

        var illegal = await officer.PostAsJsonAsync($"/api/incidents/{id}/actions/handle", new { result = "x" });
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);
        Assert.Equal("application/problem+json", illegal.Content.Headers.ContentType?.MediaType);

        using var other = await gateway.ClientFor("ZF00009");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/incidents/{id}/actions/arrive", new { })).StatusCode);
        var timeline = await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline");
        Assert.Equal(["report", "register", "dispatch", "acknowledge"], timeline!.Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Scope_keeps_incidents_to_those_who_may_see_them()
    {
        using var grid = await gateway.ClientFor("grid");
        var id = (await (await Post(grid, Report("public-hygiene", await PointIn("T01")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var county = await gateway.ClientFor("county");
        var elsewhere = (await (await Post(county, Report("public-hygiene", await PointIn("T05")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var townshipOfT01 = await gateway.ClientFor("township");
        Assert.Equal(HttpStatusCode.NotFound, (await townshipOfT01.GetAsync($"/api/incidents/{elsewhere}")).StatusCode);
        Assert.DoesNotContain(await IncidentList.All(townshipOfT01), i => i.GetProperty("id").GetString() == elsewhere);
        using var dispatcherOfZ1 = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.NotFound, (await dispatcherOfZ1.GetAsync($"/api/incidents/{elsewhere}")).StatusCode);

        using var desk = await gateway.ClientFor("desk"); // market regulation: not its department
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync($"/api/incidents/{id}")).StatusCode);
        using var township = await gateway.ClientFor("township");
        Assert.Equal(HttpStatusCode.OK, (await township.GetAsync($"/api/incidents/{id}")).StatusCode);
        var mine = await IncidentList.All(grid);
        Assert.All(mine!, i => Assert.Equal("grid", i.GetProperty("reportedBy").GetString()));
        using var auditor = await gateway.ClientFor("auditor");
        var audit = await auditor.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { });
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await grid.PostAsJsonAsync($"/api/incidents/{id}/actions/teleport", new { })).StatusCode);
    }

    [Fact]
    public async Task A_photo_is_kept_as_evidence_and_anything_else_is_refused()
    {
        using var grid = await gateway.ClientFor("grid");
        var id = (await (await Post(grid, Report("farm-inputs", await PointIn("T01")))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82];

        using var photo = new MultipartFormDataContent { { new ByteArrayContent(png), "file", "scene.png" } };
        var uploaded = await grid.PostAsync($"/api/incidents/{id}/evidence", photo);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var url = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var back = await grid.GetAsync(url);
        Assert.Equal("image/png", back.Content.Headers.ContentType?.MediaType);
        var evidenceId = url.Split('/').Last();
        Assert.Equal("attachment", back.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(evidenceId + ".png", back.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", back.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(png, await back.Content.ReadAsByteArrayAsync());

        // A phone photo of a few megabytes is accepted; one over the 5 MB limit is refused.
        var large = new byte[3 * 1024 * 1024];
        png.CopyTo(large, 0);
        using var phonePhoto = new MultipartFormDataContent { { new ByteArrayContent(large), "file", "phone.png" } };
        Assert.Equal(HttpStatusCode.Created, (await grid.PostAsync($"/api/incidents/{id}/evidence", phonePhoto)).StatusCode);
        var tooLarge = new byte[6 * 1024 * 1024];
        png.CopyTo(tooLarge, 0);
        using var hugePhoto = new MultipartFormDataContent { { new ByteArrayContent(tooLarge), "file", "huge.png" } };
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await grid.PostAsync($"/api/incidents/{id}/evidence", hugePhoto)).StatusCode);

        using var text = new MultipartFormDataContent { { new ByteArrayContent("not a photo"u8.ToArray()), "file", "x.jpg" } };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await grid.PostAsync($"/api/incidents/{id}/evidence", text)).StatusCode);
        using var desk = await gateway.ClientFor("desk");
        Assert.Equal(HttpStatusCode.NotFound, (await desk.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_category_catalogue_names_the_responsible_department()
    {
        using var http = await gateway.ClientFor("grid");
        var categories = await http.GetFromJsonAsync<List<JsonElement>>("/api/categories");
        Assert.Contains(categories!, c => c.GetProperty("id").GetString() == "food-safety" && c.GetProperty("departmentId").GetString() == "scjg");
    }
}
