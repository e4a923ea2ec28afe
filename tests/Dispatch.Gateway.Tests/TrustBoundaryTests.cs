using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Domain.County;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

public sealed record IncidentAwaitingOfficer(string Id, string Category, string Priority, string DepartmentId, DateTimeOffset Since);

/// <summary>
/// The holes found on 2026-11-30 (issue "Trust boundaries"), each tried again through the public contract: every one
/// of these passed the attack before the change.
/// </summary>
public class TrustBoundaryTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static int _spread;

    /// <summary>A point inside the township, each call ~200 m from the last so reports do not merge by accident.</summary>
    static (double Lat, double Lon) PointIn(string townshipId)
    {
        var c = County.TownshipShape(townshipId).Centroid;
        var k = Interlocked.Increment(ref _spread);
        return (c.Lat - 0.012 + k % 12 * 0.002, c.Lon - 0.006 + k / 12 * 0.002);
    }

    static async Task<HttpResponseMessage> Report(HttpClient http, object body) => await http.PostAsJsonAsync("/api/incidents", body);

    static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    static async Task<string> NewIncident(HttpClient http, string category, (double Lat, double Lon) at, string? priority = null)
    {
        var response = await Report(http, new { category, description = "测试", priority, location = new { lat = at.Lat, lon = at.Lon } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Json(response)).GetProperty("id").GetString()!;
    }

    static OfficerProfile OfficerOf(string zoneId, string departmentId, int skip = 0) =>
        County.Officers.Where(o => o.ZoneId == zoneId && o.DepartmentId == departmentId).OrderBy(o => o.Id).Skip(skip).First();

    async Task<HubConnection> OnDuty(OfficerProfile o, (double Lat, double Lon) at)
    {
        var device = await gateway.Hub("/hubs/field", o.Code);
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(at.Lat, at.Lon, DateTimeOffset.UtcNow));
        return device;
    }

    [Fact]
    public async Task A_grid_worker_naming_its_own_township_cannot_report_elsewhere_or_at_zero()
    {
        using var grid = await gateway.ClientFor("grid");
        var inT02 = PointIn("T02");
        var elsewhere = await Report(grid, new { category = "littering", description = "x", townshipId = "T01", location = new { lat = inT02.Lat, lon = inT02.Lon } });
        var zero = await Report(grid, new { category = "littering", description = "x", townshipId = "T01", location = new { lat = 0, lon = 0 } });
        var empty = await Report(grid, new { category = "littering", description = "x", townshipId = "T01", location = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);

        var malformed = await grid.PostAsync("/api/incidents", new StringContent("""{"category":"littering","description":"x","location":{"lat":"abc","lon":1}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("请求格式错误", (await Json(malformed)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_officer_reports_only_within_its_zone()
    {
        using var officer = await gateway.ClientFor("officer"); // O0001, zone Z1
        var inT09 = PointIn("T09");
        Assert.Equal(HttpStatusCode.Forbidden, (await Report(officer, new { category = "littering", description = "x", location = new { lat = inT09.Lat, lon = inT09.Lon } })).StatusCode);
        var inT02 = PointIn("T02");
        Assert.Equal(HttpStatusCode.Created, (await Report(officer, new { category = "littering", description = "x", location = new { lat = inT02.Lat, lon = inT02.Lon } })).StatusCode);
    }

    [Fact]
    public async Task A_report_merged_into_someone_elses_incident_learns_only_that_it_was_received()
    {
        using var county = await gateway.ClientFor("county");
        var at = PointIn("T01");
        var response = await Report(county, new { category = "cooking-fumes", description = "甲：夜间施工噪音，电话 138xxxx", location = new { lat = at.Lat, lon = at.Lon } });
        var id = (await Json(response)).GetProperty("id").GetString()!;

        using var grid = await gateway.ClientFor("grid");
        var merged = await Report(grid, new { category = "cooking-fumes", description = "乙：同一工地", location = new { lat = at.Lat + 0.0002, lon = at.Lon } });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var receipt = await Json(merged);
        Assert.Equal(id, receipt.GetProperty("id").GetString());
        Assert.True(receipt.GetProperty("merged").GetBoolean());
        foreach (var secret in new[] { "description", "assignedOfficerId", "result", "evidence", "reportedBy", "location" })
            Assert.False(receipt.TryGetProperty(secret, out _), $"the receipt shows {secret}");
        Assert.Equal(HttpStatusCode.NotFound, (await grid.GetAsync($"/api/incidents/{id}")).StatusCode);
        var timeline = await county.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline");
        Assert.Contains(timeline!, e => e.GetProperty("action").GetString() == "merge"); // the further report is still recorded
    }

    [Fact]
    public async Task A_zone_dispatcher_cannot_dispatch_another_zones_officer_nor_tell_it_from_an_unknown_one()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var id = await NewIncident(dispatcher, "public-hygiene", PointIn("T03"));
        await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { });

        var outside = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = OfficerOf("Z3", "wsjk").Id });
        var unknown = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = "O9999" });
        Assert.Equal(unknown.StatusCode, outside.StatusCode);
        Assert.Equal((await Json(unknown)).GetProperty("title").GetString(), (await Json(outside)).GetProperty("title").GetString());
        Assert.Equal("registered", (await dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("status").GetString());

        // Its own zone's officer of another department: only with a reason, and the timeline says so.
        var ownZoneOtherDepartment = OfficerOf("Z1", "jtys");
        await using var device = await OnDuty(ownZoneOtherDepartment, PointIn("T03"));
        var bare = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = ownZoneOtherDepartment.Id });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var reasoned = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = ownZoneOtherDepartment.Id, reason = "卫健队员均在外，交通运输先行到场" });
        Assert.Equal(HttpStatusCode.OK, reasoned.StatusCode);
        var last = (await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline"))!.Last();
        Assert.True(last.GetProperty("data").GetProperty("outsideDepartment").GetBoolean());
    }

    [Fact]
    public async Task Recommendations_stay_within_the_callers_scope()
    {
        var at = PointIn("T04");
        await using var device = await OnDuty(OfficerOf("Z3", "whsc"), at); // free, qualified, near, but of zone Z3
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var id = await NewIncident(dispatcher, "entertainment-venue", at);
        await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { });

        using var county = await gateway.ClientFor("county");
        await Eventually.Value(() => county.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/recommendations")!,
            r => r!.Count > 0, "the county sees the Z3 officer");
        Assert.Empty((await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/recommendations"))!);
    }

    [Fact]
    public async Task A_grid_workers_urgent_is_advisory_until_the_zone_centre_registers_it()
    {
        var at = PointIn("T02");
        var officer = OfficerOf("Z1", "scjg", skip: 1);
        await using var device = await OnDuty(officer, at);
        using var grid = await gateway.ClientFor("grid");
        var t01 = PointIn("T01");
        var response = await Report(grid, new { category = "food-safety", description = "后厨", priority = "urgent", source = "hotline", location = new { lat = t01.Lat, lon = t01.Lon } });
        var incident = await Json(response);
        Assert.Equal("reported", incident.GetProperty("status").GetString());
        Assert.Equal("high", incident.GetProperty("priority").GetString());            // the category's default
        Assert.Equal("urgent", incident.GetProperty("requestedPriority").GetString());  // the wish, shown
        Assert.Equal("grid", incident.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("assignedOfficerId").ValueKind);

        using var dispatcher = await gateway.ClientFor("dispatcher");
        var id = incident.GetProperty("id").GetString()!;
        await Eventually.Value(() => dispatcher.GetFromJsonAsync<List<JsonElement>>("/api/officers?status=available")!,
            list => list!.Any(o => o.GetProperty("id").GetString() == officer.Id), "the officer free in the zone's table");
        var registered = await Json(await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { priority = "urgent" }));
        Assert.Equal("urgent", registered.GetProperty("priority").GetString());
        await Eventually.Value(() => dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}"),
            i => i.GetProperty("status").GetString() == "dispatched", "auto-dispatched once the zone centre made it urgent");
    }

    [Fact]
    public async Task Over_long_text_and_someone_elses_photos_are_refused_and_record_nothing()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var id = await NewIncident(dispatcher, "road-occupation", PointIn("T02"));
        var longReason = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { reason = new string('长', 5000) });
        Assert.Equal(HttpStatusCode.BadRequest, longReason.StatusCode);
        var hugeOfficer = await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { comment = new string('x', 100_000) });
        Assert.Equal(HttpStatusCode.BadRequest, hugeOfficer.StatusCode);
        var timeline = await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline");
        Assert.Single(timeline!);
        Assert.Equal("reported", (await dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("status").GetString());

        var officer = OfficerOf("Z1", "jtys", skip: 2);
        await using var device = await OnDuty(officer, PointIn("T02"));
        await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/register", new { });
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.PostAsJsonAsync($"/api/incidents/{id}/actions/dispatch", new { officerId = officer.Id })).StatusCode);
        using var field = await gateway.ClientFor(officer.Code);
        await field.PostAsJsonAsync($"/api/incidents/{id}/actions/acknowledge", new { });
        await field.PostAsJsonAsync($"/api/incidents/{id}/actions/arrive", new { });
        var foreign = await field.PostAsJsonAsync($"/api/incidents/{id}/actions/handle", new { result = "已劝离", evidenceIds = new[] { "0123456789abcdef0123456789abcdef" } });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal("onScene", (await field.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("status").GetString());
    }

    static MultipartFormDataContent Png() =>
        new() { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82]), "file", "scene.png" } };

    [Fact]
    public async Task Photos_are_refused_on_a_closed_incident_and_beyond_the_limit()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var rejected = await NewIncident(dispatcher, "outdoor-advertising", PointIn("T02"));
        await dispatcher.PostAsJsonAsync($"/api/incidents/{rejected}/actions/reject", new { reason = "不属于受理范围" });
        using (var photo = Png())
            Assert.Equal(HttpStatusCode.Conflict, (await dispatcher.PostAsync($"/api/incidents/{rejected}/evidence", photo)).StatusCode);
        Assert.Empty((await dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{rejected}")).GetProperty("evidence").EnumerateArray());

        var open = await NewIncident(dispatcher, "outdoor-advertising", PointIn("T04"));
        for (var i = 0; i < Dispatch.Domain.Common.InputLimits.EvidencePerIncident; i++)
        {
            using var photo = Png();
            Assert.Equal(HttpStatusCode.Created, (await dispatcher.PostAsync($"/api/incidents/{open}/evidence", photo)).StatusCode);
        }
        using (var oneMore = Png())
            Assert.Equal(HttpStatusCode.Conflict, (await dispatcher.PostAsync($"/api/incidents/{open}/evidence", oneMore)).StatusCode);
    }

    [Fact]
    public async Task Urgent_work_that_finds_nobody_waits_visibly_and_is_offered_when_an_officer_comes_on_duty()
    {
        await using var console = await gateway.Hub("/hubs/console", "dispatcher");
        var waiting = new ConcurrentQueue<IncidentAwaitingOfficer>();
        console.On<IncidentAwaitingOfficer>("incidentAwaitingOfficer", waiting.Enqueue);
        await console.StartAsync();

        using var dispatcher = await gateway.ClientFor("dispatcher");
        var at = PointIn("T03");
        var id = await NewIncident(dispatcher, "hazardous-chemicals", at, "urgent"); // 应急管理: nobody of it is on duty
        await Eventually.True(() => waiting.Any(w => w.Id == id), "incidentAwaitingOfficer at the zone console");
        var incident = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal("registered", incident.GetProperty("status").GetString());
        Assert.True(incident.GetProperty("awaitingOfficer").GetBoolean());
        var timeline = await dispatcher.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{id}/timeline");
        Assert.Contains(timeline!, e => e.GetProperty("action").GetString() == "autoDispatchWaiting");

        var officer = OfficerOf("Z1", "yjgl");
        await using var device = await gateway.Hub("/hubs/field", officer.Code);
        var offers = new ConcurrentQueue<AssignmentOffered>();
        device.On<AssignmentOffered>("assignmentOffered", offers.Enqueue);
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(at.Lat + 0.002, at.Lon, DateTimeOffset.UtcNow));
        await Eventually.True(() => offers.Any(o => o.IncidentId == id), "the officer who came on duty is offered the waiting incident");
        var after = await dispatcher.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal(officer.Id, after.GetProperty("assignedOfficerId").GetString());
        Assert.False(after.GetProperty("awaitingOfficer").GetBoolean());
    }
}
