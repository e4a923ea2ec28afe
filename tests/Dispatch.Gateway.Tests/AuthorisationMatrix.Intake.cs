using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    const string Hotline = "/api/intake/hotline", Triage = "/api/intake/hotline/triage/{ticketId}", Open311Requests = "/open311/v2/requests.json";
    const int Accepted = 202;
    /// <summary>A ticket waiting in triage, located in T09 (zone Z3): the county sees it, zone Z1's centre does not.</summary>
    const string Z3Ticket = "MATRIX-TRIAGE-Z3";

    /// <summary>
    /// Rows of the external intake routes: /api/intake/hotline and /open311/v2. The hotline and Open311 POSTs are for other
    /// systems, not people: the API key decides, whatever bearer token comes with it ("with key": every caller, signed in
    /// or not, also sends the demo key; "without key": only the caller's own token).
    /// </summary>
    static IReadOnlyList<Rule> IntakeRows() =>
    [
        Row("POST", Hotline, "with key (mapped, located; fresh per caller)",
            (f, _) => Task.FromResult(HotlineTicket("占道经营", f.PointIn("T05"), key: "demo-hotline-key")), Everyone(Created, anonymous: Created)),
        Row("POST", Hotline, "with key (unmapped category: triage)",
            (f, _) => Task.FromResult(HotlineTicket("噪声扰民", f.PointIn("T06"), key: "demo-hotline-key")), Everyone(Accepted, anonymous: Accepted)),
        Row("POST", Hotline, "without key (a bearer token is not a key)",
            (f, _) => Task.FromResult(HotlineTicket("占道经营", f.PointIn("T07"), key: null)), Everyone(No, anonymous: No)),
        Row("POST", Hotline, "with the Open311 key",
            (f, _) => Task.FromResult(HotlineTicket("占道经营", f.PointIn("T07"), key: "demo-open311-key")), Everyone(No, anonymous: No)),

        // The triage queue shows the caller's contact: the command centres only, a zone centre only its zone's and unplaced tickets.
        // One page of 200 holds the whole queue: the rows below leave some fifty tickets in it.
        Row("GET", "/api/intake/hotline/triage", "the queue (the Z3 ticket county-wide only)",
            async (f, _) => { await Triaged(f, Z3Ticket, f.PointIn("T09")); return new HttpRequestMessage(HttpMethod.Get, "/api/intake/hotline/triage?limit=200"); },
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden),
            (_, who, body) => body.GetProperty("items").EnumerateArray().Any(t => t.GetProperty("ticketId").GetString() == Z3Ticket) == (who == Who.County) ? null
                : $"the queue {(who == Who.County ? "lacks" : "shows")} the Z3 ticket"),
        Row("POST", Triage, "placed in T02, zone Z1 (fresh unplaced ticket)",
            async (f, _) => Post(TriagePath(await Triaged(f, null, null)), Placement("littering", f.PointIn("T02"))),
            Expect(anonymous: No, county: Created, dispatcher: Created, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("POST", Triage, "a ticket located in T09, zone Z3 (fresh)",
            async (f, _) => Post(TriagePath(await Triaged(f, null, f.PointIn("T09"))), Placement("littering", f.PointIn("T09"))),
            Expect(anonymous: No, county: Created, dispatcher: NotFound, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("POST", Triage, "unplaced, put in T09 outside zone Z1 (fresh)",
            async (f, _) => Post(TriagePath(await Triaged(f, null, null)), Placement("littering", f.PointIn("T09"))),
            Expect(anonymous: No, county: Created, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("POST", Triage, "unknown ticket", (_, _) => Task.FromResult(Post("/api/intake/hotline/triage/no-such-ticket", Placement("littering", (28.4, 119.8)))),
            Expect(anonymous: No, county: NotFound, dispatcher: NotFound, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("GET", "/api/intake/hotline/deliveries", "?state=failed", _ => "/api/intake/hotline/deliveries?state=failed",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok, planner: Forbidden)),

        // ── Open311 GeoReport v2: reading the catalogue and a request's progress is public, filing takes the api_key ────
        Row("GET", "/open311/v2/services.json", "-", _ => "/open311/v2/services.json", Everyone(Ok, anonymous: Ok)),
        Row("POST", Open311Requests, "with api_key (fresh place per caller)",
            (f, _) => Task.FromResult(Open311Request(f.PointIn("T08"), "demo-open311-key")), Everyone(Created, anonymous: Created)),
        Row("POST", Open311Requests, "without api_key (a bearer token is not a key)",
            (f, _) => Task.FromResult(Open311Request(f.PointIn("T08"), null)), Everyone(Forbidden, anonymous: Forbidden)),
        Row("GET", "/open311/v2/requests/{id}.json", "a request made through Open311",
            async (f, _) => new HttpRequestMessage(HttpMethod.Get, $"/open311/v2/requests/{await Open311RequestId(f)}.json"), Everyone(Ok, anonymous: Ok)),
        Row("GET", "/open311/v2/requests/{id}.json", "an incident reported in the console (grid's)", f => $"/open311/v2/requests/{f.InScope}.json",
            Everyone(NotFound, anonymous: NotFound)),
    ];

    static string TriagePath(string ticketId) => $"/api/intake/hotline/triage/{ticketId}";

    static object Placement(string category, (double Lat, double Lon) at) => new { category, location = new { lat = at.Lat, lon = at.Lon } };

    static HttpRequestMessage HotlineTicket(string category, (double Lat, double Lon)? at, string? key, string? ticketId = null)
    {
        var request = Post(Hotline, new
        {
            ticketId = ticketId ?? "MATRIX-" + Guid.NewGuid().ToString("N")[..12], category, description = "授权矩阵测试工单", address = "测试地址",
            location = at is { } p ? new { lat = p.Lat, lon = p.Lon } : null, deadlineClass = "7d", contact = new { name = "测试来电人", phone = "13800000001" },
        });
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    /// <summary>A ticket waiting in triage (unmapped category), located or not; a named one is sent once (a repeat is the same ticket).</summary>
    static async Task<string> Triaged(AuthorisationFixture f, string? ticketId, (double Lat, double Lon)? at)
    {
        using var request = HotlineTicket("噪声扰民", at, "demo-hotline-key", ticketId);
        using var response = await f.Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!body.TryGetProperty("triage", out var triage) || !triage.GetBoolean()) throw new InvalidOperationException($"fixture: the ticket did not go to triage: {body}");
        return body.GetProperty("ticketId").GetString()!;
    }

    static HttpRequestMessage Open311Request((double Lat, double Lon) at, string? key)
    {
        var fields = new Dictionary<string, string>
        {
            ["service_code"] = "littering", ["lat"] = at.Lat.ToString("R"), ["long"] = at.Lon.ToString("R"), ["description"] = "授权矩阵测试 Open311 请求",
        };
        if (key is not null) fields["api_key"] = key;
        return new HttpRequestMessage(HttpMethod.Post, Open311Requests) { Content = new FormUrlEncodedContent(fields) };
    }

    static async Task<string> Open311RequestId(AuthorisationFixture f)
    {
        using var request = Open311Request(f.PointIn("T03"), "demo-open311-key");
        using var response = await f.Http.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>())![0].GetProperty("service_request_id").GetString()!;
    }
}
