using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>The answer each caller gets: an HTTP status per role.</summary>
public sealed record Expect(IReadOnlyDictionary<Who, int> Status)
{
    public int this[Who who] => Status[who];
}

public enum HubAnswer
{
    /// <summary>The method runs and returns.</summary>
    Ok,
    /// <summary>The method throws a HubException.</summary>
    Throws,
    /// <summary>The caller cannot even connect (the connect row says 401 or 403).</summary>
    Refused,
}

/// <summary>One REST row: a route (method + pattern as the app maps it), which object it is asked about, and every caller's answer.</summary>
public sealed record Rule(string Method, string Pattern, string Case, Func<AuthorisationFixture, Who, Task<HttpRequestMessage>> Request, Expect Expect,
    Func<AuthorisationFixture, Who, JsonElement, string?>? Check = null)
{
    public string Name => $"{Method} {Pattern} [{Case}]";
    public override string ToString() => Name;
}

/// <summary>
/// One hub row: a hub path and a method of the hub ("connect" for the connection itself). A connect row gives the
/// negotiate status per role (200 connected, 401, 403); a method row whether the invocation returns or throws a HubException.
/// </summary>
public sealed record HubRule(string Path, string Method, string Case, Func<HubConnection, Task>? Invoke, Expect? Connect, IReadOnlyDictionary<Who, HubAnswer>? Answers)
{
    public string Name => $"{Path} {Method} [{Case}]";
    public override string ToString() => Name;
}

/// <summary>
/// The authorisation matrix: every route and hub method × every role and anonymous, with in-scope and out-of-scope
/// objects (see <see cref="AuthorisationFixture"/>). AuthorisationTests fails for any route or hub method of the running
/// app without a row here, and for any row naming a route or hub method that does not exist. A row whose expected
/// answer differs from today's code is a suspected hole: it states the answer the contract demands and fails.
/// </summary>
public static partial class AuthorisationMatrix
{
    const int Ok = 200, Created = 201, NoContent = 204, Bad = 400, No = 401, Forbidden = 403, NotFound = 404;

    /// <param name="planner">the joint meeting's office holds, like the administrator, no console scope: unless a row says
    /// otherwise it answers as the administrator does (a stated answer; another answer still fails the row)</param>
    static Expect Expect(int anonymous, int county, int dispatcher, int desk, int township, int officer, int grid, int auditor, int admin, int? planner = null) =>
        new(new Dictionary<Who, int>
        {
            [Who.Anonymous] = anonymous, [Who.County] = county, [Who.Dispatcher] = dispatcher, [Who.Desk] = desk, [Who.Township] = township,
            [Who.Officer] = officer, [Who.Grid] = grid, [Who.Auditor] = auditor, [Who.Admin] = admin, [Who.Planner] = planner ?? admin,
        });

    static Expect Everyone(int status, int anonymous) => Expect(anonymous, status, status, status, status, status, status, status, status, status);

    static IReadOnlyDictionary<Who, HubAnswer> Answers(HubAnswer anonymous, HubAnswer county, HubAnswer dispatcher, HubAnswer desk, HubAnswer township,
        HubAnswer officer, HubAnswer grid, HubAnswer auditor, HubAnswer admin, HubAnswer planner = HubAnswer.Refused) =>
        new Dictionary<Who, HubAnswer>
        {
            [Who.Anonymous] = anonymous, [Who.County] = county, [Who.Dispatcher] = dispatcher, [Who.Desk] = desk, [Who.Township] = township,
            [Who.Officer] = officer, [Who.Grid] = grid, [Who.Auditor] = auditor, [Who.Admin] = admin, [Who.Planner] = planner,
        };

    static Rule Row(string method, string pattern, string @case, Func<AuthorisationFixture, string> path, Expect expect,
        Func<AuthorisationFixture, Who, JsonElement, string?>? check = null) =>
        new(method, pattern, @case, (f, _) => Task.FromResult(new HttpRequestMessage(new HttpMethod(method), path(f))), expect, check);

    static Rule Row(string method, string pattern, string @case, Func<AuthorisationFixture, Who, Task<HttpRequestMessage>> request, Expect expect,
        Func<AuthorisationFixture, Who, JsonElement, string?>? check = null) =>
        new(method, pattern, @case, request, expect, check);

    static HttpRequestMessage Post(string path, object? body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) };

    static HttpRequestMessage PostPhoto(string path) => new(HttpMethod.Post, path) { Content = AuthorisationFixture.Photo() };

    static HttpRequestMessage ReportAt(AuthorisationFixture f, string category, (double Lat, double Lon) at) =>
        Post("/api/incidents", AuthorisationFixture.ReportBody(category, at));

    /// <summary>Each caller's own area: its township, its zone (a township of the zone other than its own), the county.</summary>
    static string OwnArea(Who who) => who switch
    {
        Who.Dispatcher => "T02",
        Who.Officer => "T03",
        Who.County => "T10",
        _ => "T01",
    };

    static bool Lists(JsonElement list, string id) =>
        (list.ValueKind == JsonValueKind.Object ? list.GetProperty("items") : list).EnumerateArray().Any(x => x.GetProperty("id").GetString() == id);

    static readonly HashSet<string> ReceiptFields = ["id", "merged", "category", "categoryName"];

    const string Login = "/api/auth/login", Incidents = "/api/incidents", Incident = "/api/incidents/{id}", Action = "/api/incidents/{id}/actions/{action}",
        Evidence = "/api/incidents/{id}/evidence", OneEvidence = "/api/incidents/{id}/evidence/{evidenceId}";

    // Each feature keeps its rows in its own part (AuthorisationMatrix.<Feature>.cs). Parts are methods, not fields:
    // static field initialisers of a partial class run in an unspecified order across files.
    public static readonly IReadOnlyList<Rule> Rest = [.. IncidentRows(), .. WhistleRows(), .. IntakeRows(), .. InspectionRows()];

    static IReadOnlyList<Rule> IncidentRows() =>
    [
        // ── public ──────────────────────────────────────────────────────────────────────────────────────────────────
        // The caller's own account (anonymous: county's).
        Row("POST", Login, "right password",
            (_, who) => Task.FromResult(Post(Login, new { username = who == Who.Anonymous ? "county" : AuthorisationFixture.Username(who), password = "demo" })),
            Everyone(Ok, anonymous: Ok)),
        Row("POST", Login, "wrong password",
            (_, who) => Task.FromResult(Post(Login, new { username = who == Who.Anonymous ? "county" : AuthorisationFixture.Username(who), password = "wrong" })),
            Everyone(No, anonymous: No)),
        Row("GET", "/api/system", "-", _ => "/api/system", Everyone(Ok, anonymous: Ok)),

        // ── administration ──────────────────────────────────────────────────────────────────────────────────────────
        // An officer account no other row signs in with: revoking a demo account would break the rows after it.
        Row("POST", "/api/accounts/{username}/revoke-tokens", "an officer nobody else uses", (_, _) => Task.FromResult(Post("/api/accounts/ZF00300/revoke-tokens", null)),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: NoContent, planner: Forbidden)),
        Row("POST", "/api/accounts/{username}/revoke-tokens", "unknown account", (_, _) => Task.FromResult(Post("/api/accounts/nobody/revoke-tokens", null)),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: NotFound, planner: Forbidden)),
        // The query model's upkeep: sizes and a rebuild from the grains (from yesterday, so the row stays quick).
        Row("GET", "/api/system/state-sizes", "-", _ => "/api/system/state-sizes",
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok, planner: Forbidden)),
        Row("POST", "/api/system/listings/rebuild", "from yesterday",
            (_, _) => Task.FromResult(Post($"/api/system/listings/rebuild?from={DateTime.UtcNow.AddHours(8).AddDays(-1):yyyy-MM-dd}", null)),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok, planner: Forbidden)),
        Row("GET", "/health/live", "-", _ => "/health/live", Everyone(Ok, anonymous: Ok)),
        Row("GET", "/health/ready", "-", _ => "/health/ready", Everyone(Ok, anonymous: Ok)),
        Row("GET", "/openapi/{documentName}.json", "v1", _ => "/openapi/v1.json", Everyone(Ok, anonymous: Ok)),

        // ── signed in ───────────────────────────────────────────────────────────────────────────────────────────────
        Row("GET", "/api/me", "-", _ => "/api/me", Everyone(Ok, anonymous: No)),
        Row("GET", "/api/county", "-", _ => "/api/county", Everyone(Ok, anonymous: No)),
        Row("GET", "/api/categories", "-", _ => "/api/categories", Everyone(Ok, anonymous: No)),

        // ── officers ────────────────────────────────────────────────────────────────────────────────────────────────
        Row("GET", "/api/officers", "all (the Z3 officer county-wide only)", _ => "/api/officers",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden),
            (f, who, body) => Lists(body, f.OutOfficer) == who is Who.County or Who.Auditor ? null : $"the list {(Lists(body, f.OutOfficer) ? "shows" : "lacks")} {f.OutOfficer}"),
        Row("GET", "/api/officers", "?zoneId=Z3", _ => "/api/officers?zoneId=Z3",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
        Row("GET", "/api/officers/{id}", "O0001 (T01, Z1, zhzf; the officer account itself)", f => $"/api/officers/{f.InOfficer}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: NotFound, township: Ok, officer: Ok, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/officers/{id}", "an officer of Z3 (zhzf)", f => $"/api/officers/{f.OutOfficer}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),

        // ── reporting ───────────────────────────────────────────────────────────────────────────────────────────────
        // Grid and township in T01; dispatcher in T02 and officer in T03 (their zone, not O0001's township); county in T10.
        Row("POST", Incidents, "in the caller's own area",
            (f, who) => Task.FromResult(ReportAt(f, "outdoor-advertising", f.PointIn(OwnArea(who)))),
            Expect(anonymous: No, county: Created, dispatcher: Created, desk: Forbidden, township: Created, officer: Created, grid: Created, auditor: Forbidden, admin: Forbidden)),
        Row("POST", Incidents, "in T09, zone Z3", (f, _) => Task.FromResult(ReportAt(f, "land-violation", f.PointIn("T09"))),
            Expect(anonymous: No, county: Created, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        // Same category, same place as the in-scope incident: merged; a caller who may not see it gets only a receipt.
        Row("POST", Incidents, "merged into the in-scope incident",
            (f, _) => Task.FromResult(ReportAt(f, "food-safety", f.InScopePoint)),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Ok, officer: Ok, grid: Ok, auditor: Forbidden, admin: Forbidden),
            (f, who, body) =>
            {
                var fields = body.EnumerateObject().Select(p => p.Name).ToHashSet();
                if (body.GetProperty("id").GetString() != f.InScope) return "merged into another incident";
                return who == Who.Officer
                    ? fields.SetEquals(ReceiptFields) ? null : $"a receipt must carry only {string.Join(", ", ReceiptFields)}, not {string.Join(", ", fields)}"
                    : fields.Contains("description") ? null : "a caller who sees the incident gets it whole";
            }),

        // ── incidents: reading ──────────────────────────────────────────────────────────────────────────────────────
        // Searched by id (q), so the rows' own reports never push the fixture's two off the first page.
        Row("GET", Incidents, "searched for the out-of-scope one (county-wide)", f => $"/api/incidents?q={f.OutOfScope}", Everyone(Ok, anonymous: No),
            (f, who, body) => Lists(body, f.OutOfScope) != who is Who.County or Who.Auditor ? $"the list {(Lists(body, f.OutOfScope) ? "shows" : "lacks")} {f.OutOfScope}" : null),
        Row("GET", Incidents, "searched for the in-scope one", f => $"/api/incidents?q={f.InScope}", Everyone(Ok, anonymous: No),
            (f, who, body) => Lists(body, f.InScope) != who is Who.County or Who.Auditor or Who.Dispatcher or Who.Desk or Who.Township or Who.Grid
                ? $"the list {(Lists(body, f.InScope) ? "shows" : "lacks")} {f.InScope}" : null),
        Row("GET", Incident, "in scope (grid's report, T01, scjg)", f => $"/api/incidents/{f.InScope}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: NotFound, grid: Ok, auditor: Ok, admin: NotFound)),
        Row("GET", Incident, "out of scope (county's report, T09, sthj)", f => $"/api/incidents/{f.OutOfScope}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", Incident, "handled by O0001 (dispatcher's report, T02, yjgl)", f => $"/api/incidents/{f.Assigned}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: NotFound, township: NotFound, officer: Ok, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", Incident, "unknown id", _ => "/api/incidents/no-such-incident", Everyone(NotFound, anonymous: No)),
        Row("GET", Incidents, "a bad cursor", _ => "/api/incidents?cursor=not-a-cursor", Everyone(Bad, anonymous: No)),
        Row("GET", "/api/incidents/export", "this year as CSV", _ => $"/api/incidents/export?from={DateTime.UtcNow.Year}-01-01",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),

        Row("GET", "/api/incidents/{id}/timeline", "in scope", f => $"/api/incidents/{f.InScope}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: NotFound, grid: Ok, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/incidents/{id}/timeline", "out of scope", f => $"/api/incidents/{f.OutOfScope}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/incidents/{id}/timeline", "handled by O0001", f => $"/api/incidents/{f.Assigned}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: NotFound, township: NotFound, officer: Ok, grid: NotFound, auditor: Ok, admin: NotFound)),
        // A reporter who is not a case handler (grid worker) sees that further reports were merged into its report, but not
        // their words (a hotline caller's name and phone number) nor their author.
        Row("GET", "/api/incidents/{id}/timeline", "grid's report, a hotline report merged in", f => $"/api/incidents/{f.MergedInto}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: NotFound, township: Ok, officer: NotFound, grid: Ok, auditor: Ok, admin: NotFound),
            (f, who, body) => who == Who.Grid && body.EnumerateArray().Any(e => e.GetProperty("action").GetString() == "merge" && e.GetProperty("username").GetString() != "grid"
                    && (e.GetProperty("displayName").GetString() != "其他上报人"
                        || e.GetProperty("data") is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("description", out var d) && d.GetString() is { Length: > 0 }))
                ? "a grid worker reads another reporter's words merged into its report (hotline caller's name and phone)" : null),
        Row("GET", "/api/incidents/{id}/recommendations", "in scope", f => $"/api/incidents/{f.InScope}/recommendations",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
        Row("GET", "/api/incidents/{id}/recommendations", "out of scope", f => $"/api/incidents/{f.OutOfScope}/recommendations",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),

        // ── incidents: actions (each row that may change state works on a fresh incident per caller) ──────────────
        Row("POST", Action, "register (fresh, in scope: grid's, T01, scjg)",
            async (f, _) => Post($"/api/incidents/{await f.Reported()}/actions/register", null),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: NotFound, grid: Forbidden, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "register (fresh, out of scope: T09, sthj)",
            async (f, _) => Post($"/api/incidents/{await f.Reported(Who.County, "T09", "water-pollution")}/actions/register", null),
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "dispatch the Z3 officer (fresh registered, T01)",
            async (f, _) => Post($"/api/incidents/{await f.Registered()}/actions/dispatch", new { officerId = f.OutOfficer, reason = "授权矩阵测试：跨部门派遣" }),
            Expect(anonymous: No, county: Ok, dispatcher: Bad, desk: Forbidden, township: Forbidden, officer: NotFound, grid: Forbidden, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "acknowledge (fresh, dispatched to O0001)",
            async (f, _) => Post($"/api/incidents/{await f.DispatchedToOfficer()}/actions/acknowledge", null),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Ok, grid: Forbidden, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "sendBack (fresh, scjg, dispatched to O0001)",
            async (f, _) => Post($"/api/incidents/{await f.DispatchedToOfficer()}/actions/sendBack", new { reason = "授权矩阵测试：回退" }),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Forbidden, officer: Ok, grid: Forbidden, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "verify (fresh, grid's, handled by O0001)",
            async (f, _) => Post($"/api/incidents/{await f.HandledByOfficer()}/actions/verify", new { accepted = true }),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Ok, officer: Forbidden, grid: Ok, auditor: Forbidden, admin: NotFound)),
        Row("POST", Action, "unknown action (in scope)", f => $"/api/incidents/{f.InScope}/actions/teleport",
            Everyone(NotFound, anonymous: No)),

        // ── evidence ────────────────────────────────────────────────────────────────────────────────────────────────
        Row("POST", Evidence, "in scope", (f, _) => Task.FromResult(PostPhoto($"/api/incidents/{f.InScope}/evidence")),
            Expect(anonymous: No, county: Created, dispatcher: Created, desk: Forbidden, township: Created, officer: NotFound, grid: Created, auditor: Forbidden, admin: NotFound)),
        Row("POST", Evidence, "out of scope", (f, _) => Task.FromResult(PostPhoto($"/api/incidents/{f.OutOfScope}/evidence")),
            Expect(anonymous: No, county: Created, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", Evidence, "handled by O0001", (f, _) => Task.FromResult(PostPhoto($"/api/incidents/{f.Assigned}/evidence")),
            Expect(anonymous: No, county: Created, dispatcher: Created, desk: NotFound, township: NotFound, officer: Created, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("GET", OneEvidence, "in scope", f => $"/api/incidents/{f.InScope}/evidence/{f.InScopeEvidence}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: NotFound, grid: Ok, auditor: Ok, admin: NotFound)),
        Row("GET", OneEvidence, "another incident's photo", f => $"/api/incidents/{f.InScope}/evidence/{f.OutOfScopeEvidence}",
            Everyone(NotFound, anonymous: No)),
        Row("GET", OneEvidence, "out of scope", f => $"/api/incidents/{f.OutOfScope}/evidence/{f.OutOfScopeEvidence}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
    ];

    const HubAnswer Yes = HubAnswer.Ok, Throws = HubAnswer.Throws, Refused = HubAnswer.Refused;

    public static readonly IReadOnlyList<HubRule> Hubs =
    [
        new("/hubs/field", "connect", "-", null,
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Ok, grid: Forbidden, auditor: Forbidden, admin: Forbidden), null),
        new("/hubs/field", "ReportPosition", "a valid fix (the officer comes from the token)",
            h => h.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.40, 119.83)), null,
            Answers(anonymous: Refused, county: Refused, dispatcher: Refused, desk: Refused, township: Refused, officer: Yes, grid: Refused, auditor: Refused, admin: Refused)),
        new("/hubs/field", "ReportPosition", "malformed (latitude 200)",
            h => h.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(200, 119.83)), null,
            Answers(anonymous: Refused, county: Refused, dispatcher: Refused, desk: Refused, township: Refused, officer: Throws, grid: Refused, auditor: Refused, admin: Refused)),
        new("/hubs/field", "SetOnDuty", "true", h => h.InvokeAsync<string>("SetOnDuty", true), null,
            Answers(anonymous: Refused, county: Refused, dispatcher: Refused, desk: Refused, township: Refused, officer: Yes, grid: Refused, auditor: Refused, admin: Refused)),
        new("/hubs/console", "connect", "-", null,
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Ok, auditor: Ok, admin: Forbidden), null),
    ];
}
