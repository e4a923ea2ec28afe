using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// 12345 intake through the real gateway: idempotency on the ticket id, the mapping, triage, the caller's privacy, and the
/// result sent back to a real local webhook with retries and dead letters.
/// </summary>
public class HotlineIntakeTests(HotlineGatewayFactory gateway) : IClassFixture<HotlineGatewayFactory>
{
    const string Key = "demo-hotline-key", Phone = "13912345678", Caller = "李女士";
    static int _spread;

    Task<(double Lat, double Lon)> PointIn(string townshipId) => gateway.SpreadIn(townshipId, Interlocked.Increment(ref _spread));

    static string NewTicketId() => "ZJ12345-" + Guid.NewGuid().ToString("N")[..12];

    static object Ticket(string id, string category, (double Lat, double Lon)? at, string deadlineClass = "24h", string? address = "城东街道人民路 8 号") => new
    {
        ticketId = id, category, description = "市民来电反映门口问题，要求尽快处理", address,
        location = at is { } p ? new { lat = p.Lat, lon = p.Lon } : null, deadlineClass, contact = new { name = Caller, phone = Phone },
    };

    async Task<HttpResponseMessage> Send(object ticket, string? key = Key)
    {
        using var http = gateway.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/hotline") { Content = JsonContent.Create(ticket) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await http.SendAsync(request);
    }

    static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    async Task<int> IncidentCount(HttpClient county) => (await IncidentList.All(county)).Count;
    /// <summary>The whole triage queue as this caller sees it, page by page.</summary>
    static async Task<List<JsonElement>> TriageQueue(HttpClient http, int limit = 50)
    {
        var queue = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/intake/hotline/triage?limit={limit}{(cursor is null ? "" : "&cursor=" + cursor)}");
            queue.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        return queue;
    }


    [Fact]
    public async Task A_mapped_ticket_becomes_a_hotline_incident_and_the_same_ticket_again_is_200_with_the_same_answer()
    {
        var id = NewTicketId();
        var ticket = Ticket(id, "占道经营", await PointIn("T01"), deadlineClass: "2h");
        var first = await Send(ticket);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var answer = await Json(first);
        Assert.Equal(id, answer.GetProperty("ticketId").GetString());
        var incidentId = answer.GetProperty("incidentId").GetString()!;
        Assert.Equal("reported", answer.GetProperty("status").GetString());

        using var county = await gateway.ClientFor("county");
        var before = await IncidentCount(county);
        var again = await Send(ticket);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(incidentId, (await Json(again)).GetProperty("incidentId").GetString());
        Assert.Equal(before, await IncidentCount(county));

        var incident = await county.GetFromJsonAsync<JsonElement>($"/api/incidents/{incidentId}");
        Assert.Equal("street-vending", incident.GetProperty("category").GetString());
        Assert.Equal("hotline", incident.GetProperty("source").GetString());
        // The 2 h class drives the handling deadline.
        var created = incident.GetProperty("createdAt").GetDateTimeOffset();
        var handle = incident.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "handle");
        Assert.Equal(created.AddHours(2), handle.GetProperty("due").GetDateTimeOffset());
    }

    [Fact]
    public async Task Missing_or_wrong_keys_are_401_and_bad_tickets_are_400_and_neither_keeps_anything()
    {
        using var county = await gateway.ClientFor("county");
        var before = await IncidentCount(county);
        var at = await PointIn("T01");
        var noKey = await Send(Ticket(NewTicketId(), "占道经营", at), key: null);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(Ticket(NewTicketId(), "占道经营", at), key: "demo-open311-key")).StatusCode);

        var badId = NewTicketId();
        var bad = await Send(Ticket(badId, "占道经营", at, deadlineClass: "3d"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("deadlineClass", out _));
        var outside = await Send(Ticket(NewTicketId(), "占道经营", (30.25, 120.15)));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        var nowhere = await Send(Ticket(NewTicketId(), "占道经营", null, address: null));
        Assert.Equal(HttpStatusCode.BadRequest, nowhere.StatusCode);

        Assert.Equal(before, await IncidentCount(county));
        // The refused ticket id was not kept: sent again correctly, it is new (201), not a repeat.
        Assert.Equal(HttpStatusCode.Created, (await Send(Ticket(badId, "占道经营", at))).StatusCode);
    }

    [Fact]
    public async Task An_unmapped_ticket_waits_in_triage_with_its_contact_for_the_command_centres_only_until_a_dispatcher_places_it()
    {
        var id = NewTicketId();
        var accepted = await Send(Ticket(id, "噪声扰民", null));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.True((await Json(accepted)).GetProperty("triage").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await Send(Ticket(id, "噪声扰民", null))).StatusCode);

        using var dispatcher = await gateway.ClientFor("dispatcher");
        var queue = await TriageQueue(dispatcher);
        var item = queue!.Single(t => t.GetProperty("ticketId").GetString() == id);
        Assert.Equal(Phone, item.GetProperty("contact").GetProperty("phone").GetString());
        Assert.Equal("unmappedCategory", item.GetProperty("reason").GetString()); // the first thing a dispatcher must decide
        using var desk = await gateway.ClientFor("desk");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.GetAsync("/api/intake/hotline/triage")).StatusCode);

        var inZ3 = await PointIn("T09");
        var outOfZone = await dispatcher.PostAsJsonAsync($"/api/intake/hotline/triage/{id}", new { category = "littering", location = new { lat = inZ3.Lat, lon = inZ3.Lon } });
        Assert.Equal(HttpStatusCode.Forbidden, outOfZone.StatusCode);
        var unknown = await dispatcher.PostAsJsonAsync($"/api/intake/hotline/triage/{id}", new { category = "noise", location = new { lat = inZ3.Lat, lon = inZ3.Lon } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var at = await PointIn("T01");
        var placed = await dispatcher.PostAsJsonAsync($"/api/intake/hotline/triage/{id}", new { category = "littering", location = new { lat = at.Lat, lon = at.Lon } });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var incidentId = (await Json(placed)).GetProperty("incidentId").GetString()!;
        Assert.DoesNotContain(await TriageQueue(dispatcher), t => t.GetProperty("ticketId").GetString() == id);
        // The hotline system asking again now hears of the incident.
        var again = await Json(await Send(Ticket(id, "噪声扰民", null)));
        Assert.Equal(incidentId, again.GetProperty("incidentId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await dispatcher.PostAsJsonAsync($"/api/intake/hotline/triage/{id}", new { category = "littering" })).StatusCode);
    }

    [Fact]
    public async Task The_triage_queue_is_paged_newest_first_and_a_bad_cursor_or_limit_is_a_problem()
    {
        var sent = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var id = NewTicketId();
            Assert.Equal(HttpStatusCode.Accepted, (await Send(Ticket(id, "噪声扰民", null))).StatusCode);
            sent.Add(id);
        }
        using var county = await gateway.ClientFor("county");

        var first = await county.GetFromJsonAsync<JsonElement>("/api/intake/hotline/triage?limit=2");
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.String, first.GetProperty("nextCursor").ValueKind);
        Assert.True(first.GetProperty("asOf").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));

        // Walked two at a time: every ticket once, newest first (to the millisecond, then by ticket id).
        var queue = await TriageQueue(county, limit: 2);
        var order = queue.Select(t => (At: t.GetProperty("receivedAt").GetDateTimeOffset().ToUnixTimeMilliseconds(), Id: t.GetProperty("ticketId").GetString()!)).ToList();
        Assert.Equal(order.Count, order.Select(o => o.Id).Distinct().Count());
        Assert.Equal(order.OrderByDescending(o => o.At).ThenByDescending(o => o.Id, StringComparer.Ordinal), order);
        Assert.All(sent, id => Assert.Contains(id, order.Select(o => o.Id)));

        foreach (var bad in new[] { "limit=0", "limit=201", "limit=many", "cursor=not-a-cursor" })
        {
            var refused = await county.GetAsync($"/api/intake/hotline/triage?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_zone_centre_sees_triaged_tickets_of_its_zone_and_unplaced_ones_but_not_another_zones()
    {
        var inZ3 = NewTicketId();
        Assert.Equal(HttpStatusCode.Accepted, (await Send(Ticket(inZ3, "噪声扰民", await PointIn("T09")))).StatusCode);
        using var dispatcher = await gateway.ClientFor("dispatcher");
        Assert.DoesNotContain(await TriageQueue(dispatcher), t => t.GetProperty("ticketId").GetString() == inZ3);
        Assert.Equal(HttpStatusCode.NotFound, (await dispatcher.PostAsJsonAsync($"/api/intake/hotline/triage/{inZ3}", new { category = "littering" })).StatusCode);
        using var county = await gateway.ClientFor("county");
        var item = (await TriageQueue(county)).Single(t => t.GetProperty("ticketId").GetString() == inZ3);
        Assert.Equal(("unmappedCategory", "Z3"), (item.GetProperty("reason").GetString(), item.GetProperty("zoneId").GetString()));
    }

    [Fact]
    public async Task The_callers_contact_never_reaches_the_desk_the_officer_or_the_webhook()
    {
        var id = NewTicketId();
        var answer = await Json(await Send(Ticket(id, "食品安全", await PointIn("T01"))));
        var incidentId = answer.GetProperty("incidentId").GetString()!;
        foreach (var user in new[] { "desk", "dispatcher", "county", "auditor" })
        {
            using var http = await gateway.ClientFor(user);
            var seen = await http.GetStringAsync($"/api/incidents/{incidentId}") + await http.GetStringAsync($"/api/incidents/{incidentId}/timeline")
                + await http.GetStringAsync("/api/incidents");
            Assert.DoesNotContain(Phone, seen);
            Assert.DoesNotContain(Caller, seen);
        }
        using var county = await gateway.ClientFor("county");
        Assert.Equal(HttpStatusCode.OK, (await county.PostAsJsonAsync($"/api/incidents/{incidentId}/actions/reject", new { reason = "重复工单" })).StatusCode);
        var delivered = await Eventually.Value(() => Task.FromResult(gateway.Webhook.For(id)), d => d.Count > 0, "the result at the webhook");
        Assert.DoesNotContain(Phone, delivered[0].Body.GetRawText());
        Assert.DoesNotContain(Caller, delivered[0].Body.GetRawText());
    }

    [Fact]
    public async Task A_closed_incident_sends_its_result_to_the_webhook_which_an_officer_handled_and_never_saw_the_caller()
    {
        await using var device = await gateway.Hub("/hubs/field", "ZF00008"); // zhzf, T01
        await device.StartAsync();
        await device.InvokeAsync<string>("SetOnDuty", true);

        var id = NewTicketId();
        var incidentId = (await Json(await Send(Ticket(id, "占道经营", await PointIn("T01"))))).GetProperty("incidentId").GetString()!;
        using var dispatcher = await gateway.ClientFor("dispatcher");
        using var officer = await gateway.ClientFor("ZF00008");
        async Task Act(HttpClient who, string action, object? body = null) =>
            Assert.Equal(HttpStatusCode.OK, (await who.PostAsJsonAsync($"/api/incidents/{incidentId}/actions/{action}", body ?? new { })).StatusCode);
        await Act(dispatcher, "register");
        await Act(dispatcher, "dispatch", new { officerId = "O0008" });
        await Act(officer, "acknowledge");
        await Act(officer, "arrive");
        var seenByOfficer = await officer.GetStringAsync($"/api/incidents/{incidentId}") + await officer.GetStringAsync($"/api/incidents/{incidentId}/timeline");
        Assert.DoesNotContain(Phone, seenByOfficer);
        Assert.DoesNotContain(Caller, seenByOfficer);
        await Act(officer, "handle", new { result = "摊贩已劝离，现场已清理" });
        Assert.Empty(gateway.Webhook.For(id));
        await Act(dispatcher, "verify", new { accepted = true });
        await Act(dispatcher, "close");

        var delivered = await Eventually.Value(() => Task.FromResult(gateway.Webhook.For(id)), d => d.Count > 0, "the result at the webhook");
        var body = delivered.Single().Body;
        Assert.Equal(["ticketId", "incidentId", "status", "result", "closedAt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal((incidentId, "closed", "摊贩已劝离，现场已清理"),
            (body.GetProperty("incidentId").GetString(), body.GetProperty("status").GetString(), body.GetProperty("result").GetString()));
        using var county = await gateway.ClientFor("county");
        var deliveries = await county.GetFromJsonAsync<List<JsonElement>>("/api/intake/hotline/deliveries?state=delivered");
        Assert.Contains(deliveries!, d => d.GetProperty("ticketId").GetString() == id && d.GetProperty("attempts").GetInt32() == 1);
    }

    [Fact]
    public async Task A_webhook_that_fails_twice_gets_the_result_on_the_third_attempt()
    {
        var id = NewTicketId();
        gateway.Webhook.Fail(id, 2);
        var incidentId = (await Json(await Send(Ticket(id, "乱堆乱放", await PointIn("T02"))))).GetProperty("incidentId").GetString()!;
        using var county = await gateway.ClientFor("county");
        await county.PostAsJsonAsync($"/api/incidents/{incidentId}/actions/reject", new { reason = "已由物业处理" });

        await Eventually.True(() => gateway.Webhook.For(id).Any(d => d.Status == 204), "a delivery accepted after two failures");
        Assert.Equal([500, 500, 204], gateway.Webhook.For(id).Select(d => d.Status));
        var delivery = await Eventually.Value(() => county.GetFromJsonAsync<List<JsonElement>>("/api/intake/hotline/deliveries")!,
            l => l!.Any(d => d.GetProperty("ticketId").GetString() == id && d.GetProperty("state").GetString() == "delivered"), "delivered in the list");
        Assert.Equal(3, delivery!.Single(d => d.GetProperty("ticketId").GetString() == id).GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_webhook_that_always_fails_leaves_a_dead_letter_for_the_county_and_the_admin_only()
    {
        var id = NewTicketId();
        gateway.Webhook.Fail(id, int.MaxValue);
        var incidentId = (await Json(await Send(Ticket(id, "乱堆乱放", await PointIn("T03"))))).GetProperty("incidentId").GetString()!;
        using var county = await gateway.ClientFor("county");
        await county.PostAsJsonAsync($"/api/incidents/{incidentId}/actions/reject", new { reason = "不属于执法事项" });

        var failed = await Eventually.Value(() => county.GetFromJsonAsync<List<JsonElement>>("/api/intake/hotline/deliveries?state=failed")!,
            l => l!.Any(d => d.GetProperty("ticketId").GetString() == id), "a dead letter", timeoutMs: 20_000);
        var letter = failed!.Single(d => d.GetProperty("ticketId").GetString() == id);
        Assert.Equal((HotlineGatewayFactory.MaxAttempts, "HTTP 500", "rejected", "不属于执法事项"), (letter.GetProperty("attempts").GetInt32(),
            letter.GetProperty("lastError").GetString(), letter.GetProperty("status").GetString(), letter.GetProperty("result").GetString()));
        var attempts = gateway.Webhook.For(id);
        Assert.Equal(HotlineGatewayFactory.MaxAttempts, attempts.Count);
        // Exponential backoff: 0.2 s, 0.4 s, 0.8 s between attempts (never earlier; later only by scheduling).
        var gaps = attempts.Zip(attempts.Skip(1), (x, y) => (y.At - x.At).TotalSeconds).ToList();
        Assert.All(gaps.Zip([0.2, 0.4, 0.8]), g => Assert.True(g.First >= g.Second - 0.02, $"gaps {string.Join(", ", gaps)} s"));
        using var admin = await gateway.ClientFor("admin");
        Assert.Contains((await admin.GetFromJsonAsync<List<JsonElement>>("/api/intake/hotline/deliveries?state=failed"))!, d => d.GetProperty("ticketId").GetString() == id);
        using var dispatcher = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await dispatcher.GetAsync("/api/intake/hotline/deliveries?state=failed")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await county.GetAsync("/api/intake/hotline/deliveries?state=lost")).StatusCode);
    }

    [Fact]
    public async Task Two_tickets_about_the_same_problem_share_one_incident_and_both_hear_the_result()
    {
        var at = await PointIn("T02");
        var (first, second) = (NewTicketId(), NewTicketId());
        var a = await Json(await Send(Ticket(first, "违章建筑", at)));
        var merged = await Send(Ticket(second, "违法搭建", at));
        Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
        var incidentId = a.GetProperty("incidentId").GetString()!;
        Assert.Equal(incidentId, (await Json(merged)).GetProperty("incidentId").GetString());
        using var county = await gateway.ClientFor("county");
        await county.PostAsJsonAsync($"/api/incidents/{incidentId}/actions/reject", new { reason = "经核实为合法建筑" });
        await Eventually.True(() => gateway.Webhook.For(first).Count > 0 && gateway.Webhook.For(second).Count > 0, "both tickets' results delivered");
    }
}
