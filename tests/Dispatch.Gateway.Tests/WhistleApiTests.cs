using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// A whistle's full course over the public contract with the real SignalR client: raised by township staff, approved
/// by the leader, pushed live to both summoned desks, reported for with officers whose devices get the task, handled,
/// closed and rated; the escalation bridge from an incident; bad input and wrong roles change nothing.
/// </summary>
public class WhistleApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly JsonSerializerOptions Json = Client.Json;

    async Task<(double Lat, double Lon)> CentreOf(string township)
    {
        using var county = await gateway.ClientFor("county");
        var t = (await county.GetFromJsonAsync<JsonElement>("/api/county", Json)).GetProperty("townships").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == township);
        var ring = t.GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray().Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).SkipLast(1).ToList();
        return (ring.Average(c => c.Lat), ring.Average(c => c.Lon));
    }

    static object Body((double Lat, double Lon) at, string urgency = "urgent", string? incidentId = null) => new
    {
        title = "河道违建", description = "需市场监管、综合执法联合处置", location = new { lat = at.Lat, lon = at.Lon }, townshipId = "T01", urgency,
        departments = new[] { new { departmentId = "scjg", role = "lead", needs = "执法记录仪" }, new { departmentId = "whsc", role = "assist", needs = "现场检查" } },
        incidentId,
    };

    static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    static Task<HttpResponseMessage> Act(HttpClient client, string id, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/whistles/{id}/actions/{action}", body ?? new { });

    static string PartStatus(JsonElement whistle, string department) =>
        whistle.GetProperty("departments").EnumerateArray().Single(p => p.GetProperty("departmentId").GetString() == department).GetProperty("status").GetString()!;

    /// <summary>An officer of the department on duty, at the scene, with its device listening for whistle tasks.</summary>
    async Task<(string Id, HubConnection Device, ConcurrentQueue<JsonElement> Tasks)> OfficerOnDuty(string department, (double Lat, double Lon) near)
    {
        using var county = await gateway.ClientFor("county");
        var officers = await county.GetFromJsonAsync<List<JsonElement>>($"/api/officers?zoneId=Z1&departmentId={department}&status=offDuty", Json);
        var officer = officers!.First(o => o.GetProperty("townshipId").GetString() == "T01");
        var device = await gateway.Hub("/hubs/field", officer.GetProperty("code").GetString()!);
        var tasks = new ConcurrentQueue<JsonElement>();
        device.On<JsonElement>("whistleTaskOffered", tasks.Enqueue);
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(near.Lat + 0.001, near.Lon, DateTimeOffset.UtcNow.AddSeconds(-1)));
        return (officer.GetProperty("id").GetString()!, device, tasks);
    }

    [Fact]
    public async Task A_whistle_runs_its_full_course_live_on_both_desks_and_the_officers_devices()
    {
        var at = await CentreOf("T01");
        using var township = await gateway.ClientFor("township");
        using var leader = await gateway.ClientFor("leader");
        using var scjgDesk = await gateway.ClientFor("desk");
        using var whscDesk = await gateway.ClientFor("desk-whsc");
        using var otherDesk = await gateway.ClientFor("desk-sthj");

        var seen = new ConcurrentDictionary<string, ConcurrentQueue<JsonElement>>();
        var consoles = new List<HubConnection>();
        foreach (var user in new[] { "desk", "desk-whsc", "desk-sthj", "township", "dispatcher" })
        {
            var hub = await gateway.Hub("/hubs/console", user);
            var queue = seen[user] = new();
            hub.On<JsonElement>("whistleChanged", queue.Enqueue);
            await hub.StartAsync();
            consoles.Add(hub);
        }
        var (scjgOfficer, scjgDevice, scjgTasks) = await OfficerOnDuty("scjg", at);
        var (whscOfficer, whscDevice, whscTasks) = await OfficerOnDuty("whsc", at);
        try
        {
            var created = await Ok(await township.PostAsJsonAsync("/api/whistles", Body(at)), HttpStatusCode.Created);
            var id = created.GetProperty("id").GetString()!;
            Assert.Equal("pendingApproval", created.GetProperty("status").GetString());

            // Township staff who are not the leader cannot approve; the leader can.
            Assert.Equal(HttpStatusCode.Forbidden, (await Act(township, id, "approve")).StatusCode);
            Assert.Equal("open", (await Ok(await Act(leader, id, "approve"))).GetProperty("status").GetString());
            bool Opened(JsonElement e) => e.GetProperty("id").GetString() == id && e.GetProperty("status").GetString() == "open";
            foreach (var user in new[] { "desk", "desk-whsc", "township", "dispatcher" })
                await Eventually.True(() => seen[user].Any(Opened), $"{user} saw the whistle open");

            // Each desk reports for its own department from the recommendations; the officers' devices get the task.
            var recommended = await Ok(await scjgDesk.GetAsync($"/api/whistles/{id}/recommendations?departmentId=scjg"));
            Assert.Contains(recommended.EnumerateArray(), r => r.GetProperty("officerId").GetString() == scjgOfficer);
            Assert.Equal(HttpStatusCode.Forbidden, (await scjgDesk.GetAsync($"/api/whistles/{id}/recommendations?departmentId=whsc")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherDesk.GetAsync($"/api/whistles/{id}")).StatusCode);
            await Ok(await Act(scjgDesk, id, "assign", new { departmentId = "scjg", officerIds = new[] { scjgOfficer } }));
            var reported = await Ok(await Act(whscDesk, id, "assign", new { departmentId = "whsc", officerIds = new[] { whscOfficer } }));
            Assert.Equal("assigned", PartStatus(reported, "whsc"));
            await Eventually.True(() => scjgTasks.Any(t => t.GetProperty("whistleId").GetString() == id && t.GetProperty("departmentId").GetString() == "scjg"), "scjg device got the task");
            await Eventually.True(() => whscTasks.Any(t => t.GetProperty("whistleId").GetString() == id && t.GetProperty("deadline").ValueKind == JsonValueKind.String), "whsc device got the task");

            // The officers acknowledge and arrive as themselves; the township sees each part's status live.
            using var scjgPhone = await gateway.ClientFor(await CodeOf(scjgOfficer));
            using var whscPhone = await gateway.ClientFor(await CodeOf(whscOfficer));
            await Ok(await Act(scjgPhone, id, "acknowledge"));
            await Ok(await Act(whscPhone, id, "acknowledge"));
            Assert.Equal(HttpStatusCode.Conflict, (await Act(whscPhone, id, "acknowledge")).StatusCode);
            await Ok(await Act(scjgPhone, id, "arrive"));
            await Eventually.True(() => seen["township"].Any(e => e.GetProperty("id").GetString() == id &&
                e.GetProperty("departments").EnumerateArray().Any(p => p.GetProperty("departmentId").GetString() == "scjg" && p.GetProperty("status").GetString() == "arrived")),
                "the township saw scjg arrive");

            Assert.Equal(HttpStatusCode.Conflict, (await Act(township, id, "close")).StatusCode);
            await Ok(await Act(scjgPhone, id, "handle", new { result = "已责令停业整改" }));
            await Ok(await Act(whscDesk, id, "handle", new { departmentId = "whsc", result = "已核查经营许可" }));
            Assert.Equal("closed", (await Ok(await Act(township, id, "close"))).GetProperty("status").GetString());
            var rated = await Ok(await Act(township, id, "rate", new
            {
                ratings = new[] { new { departmentId = "scjg", response = 5, result = 5, attitude = 4 }, new { departmentId = "whsc", response = 3, result = 4, attitude = 5 } },
            }));
            Assert.Equal("rated", rated.GetProperty("status").GetString());
            Assert.Equal(4, rated.GetProperty("departments")[1].GetProperty("rating").GetProperty("result").GetInt32());

            // The officers are free again, and the timeline holds every step.
            using var county = await gateway.ClientFor("county");
            Assert.Equal("available", (await county.GetFromJsonAsync<JsonElement>($"/api/officers/{scjgOfficer}", Json)).GetProperty("status").GetString());
            var timeline = await county.GetFromJsonAsync<List<JsonElement>>($"/api/whistles/{id}/timeline", Json);
            Assert.Equal(["create", "approve", "assign", "assign", "acknowledge", "acknowledge", "arrive", "handle", "handle", "close", "rate"],
                timeline!.Select(e => e.GetProperty("action").GetString()));

            // The scorecard counts it: both departments reported on time.
            var card = await county.GetFromJsonAsync<List<JsonElement>>("/api/scorecards/departments", Json);
            var whsc = card!.Single(c => c.GetProperty("departmentId").GetString() == "whsc");
            Assert.True(whsc.GetProperty("whistlesReceived").GetInt32() >= 1);
            Assert.True(whsc.GetProperty("reportedOnTime").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.Number, whsc.GetProperty("averageRating").ValueKind);
            // Nothing of it reached a desk that was not summoned.
            Assert.DoesNotContain(seen["desk-sthj"], e => e.GetProperty("id").GetString() == id);
        }
        finally
        {
            foreach (var hub in consoles) await hub.DisposeAsync();
            await scjgDevice.DisposeAsync();
            await whscDevice.DisposeAsync();
        }
    }

    async Task<string> CodeOf(string officerId)
    {
        using var county = await gateway.ClientFor("county");
        return (await county.GetFromJsonAsync<JsonElement>($"/api/officers/{officerId}", Json)).GetProperty("code").GetString()!;
    }

    [Fact]
    public async Task An_incident_its_department_cannot_handle_alone_becomes_a_whistle_linked_both_ways()
    {
        var at = await CentreOf("T01");
        using var grid = await gateway.ClientFor("grid");
        using var township = await gateway.ClientFor("township");
        var incident = await Ok(await grid.PostAsJsonAsync("/api/incidents",
            new { category = "littering", description = "河道旁大量建筑垃圾", location = new { lat = at.Lat + 0.004, lon = at.Lon - 0.004 } }), HttpStatusCode.Created);
        var incidentId = incident.GetProperty("id").GetString()!;

        var whistle = await Ok(await township.PostAsJsonAsync("/api/whistles", new
        {
            title = "建筑垃圾堆放", description = "单靠综合执法难以处置", urgency = "emergency", incidentId,
            departments = new[] { new { departmentId = "zhzf", role = "lead", needs = "" }, new { departmentId = "sthj", role = "assist", needs = "水质检测" } },
        }), HttpStatusCode.Created);
        Assert.Equal(incidentId, whistle.GetProperty("incidentId").GetString());
        Assert.Equal("open", whistle.GetProperty("status").GetString()); // emergencies skip approval in the demo county
        Assert.Equal(incident.GetProperty("location").GetProperty("lat").GetDouble(), whistle.GetProperty("location").GetProperty("lat").GetDouble());

        var whistleId = whistle.GetProperty("id").GetString()!;
        await Eventually.Value(() => township.GetFromJsonAsync<JsonElement>($"/api/incidents/{incidentId}", Json),
            i => i.GetProperty("whistleIds").EnumerateArray().Any(w => w.GetString() == whistleId), "the incident names the whistle");
        var timeline = await township.GetFromJsonAsync<List<JsonElement>>($"/api/incidents/{incidentId}/timeline", Json);
        Assert.Contains(timeline!, e => e.GetProperty("action").GetString() == "whistle" && e.GetProperty("data").GetProperty("whistleId").GetString() == whistleId);

        // An incident the caller cannot see is as unknown.
        using var county = await gateway.ClientFor("county");
        var t09 = await CentreOf("T09");
        var elsewhere = await Ok(await county.PostAsJsonAsync("/api/incidents", new { category = "littering", description = "x", location = new { lat = t09.Lat, lon = t09.Lon } }), HttpStatusCode.Created);
        var refused = await township.PostAsJsonAsync("/api/whistles", Body(at, incidentId: elsewhere.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("incidentId", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_input_gets_a_problem_and_changes_nothing()
    {
        var at = await CentreOf("T01");
        using var township = await gateway.ClientFor("township");
        using var leader = await gateway.ClientFor("leader");
        var before = await Listed(township);

        var twoLeads = await township.PostAsJsonAsync("/api/whistles", new
        {
            title = "x", description = "y", location = new { lat = at.Lat, lon = at.Lon }, urgency = "urgent",
            departments = new[] { new { departmentId = "scjg", role = "lead" }, new { departmentId = "zhzf", role = "lead" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, twoLeads.StatusCode);
        Assert.Equal("application/problem+json", twoLeads.Content.Headers.ContentType?.MediaType);
        Assert.Contains("主办", await twoLeads.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await township.PostAsJsonAsync("/api/whistles", new { title = new string('长', 5000) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await township.PostAsync("/api/whistles", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(before, await Listed(township));

        var id = (await Ok(await township.PostAsJsonAsync("/api/whistles", Body(at)), HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var noReason = await Act(leader, id, "reject", new { reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("pendingApproval", (await township.GetFromJsonAsync<JsonElement>($"/api/whistles/{id}", Json)).GetProperty("status").GetString());
        Assert.Single(await township.GetFromJsonAsync<List<JsonElement>>($"/api/whistles/{id}/timeline", Json) ?? []);
        Assert.Equal(HttpStatusCode.NotFound, (await Act(township, id, new string('a', 500))).StatusCode);
        foreach (var query in new[] { "status=lost", "status=open,lost", "townshipId=T99", "departmentId=nobody", "limit=0", "limit=201", "cursor=x" })
        {
            var refused = await township.GetAsync($"/api/whistles?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>The ids of the caller's whistles, newest first (one page of 200: this class raises fewer).</summary>
    static async Task<List<string>> Listed(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/whistles?limit=200", Json)).GetProperty("items").EnumerateArray()
            .Select(w => w.GetProperty("id").GetString()!).ToList();
}
