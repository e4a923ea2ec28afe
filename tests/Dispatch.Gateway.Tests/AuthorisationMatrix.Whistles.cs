using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    const string Whistles = "/api/whistles", Whistle = "/api/whistles/{id}", WhistleAction = "/api/whistles/{id}/actions/{action}",
        Scorecard = "/api/scorecards/departments";

    /// <summary>
    /// Rows of /api/whistles and /api/scorecards. In scope: a whistle of T01 (zone Z1) summoning scjg (the desk's) and
    /// zhzf; out of scope: one of T09 (zone Z3) summoning sthj and zrzy. Township staff raise, cancel, close and rate; only
    /// the township leader (not a matrix caller: see WhistleApiTests) approves; a desk acts for its own department, the
    /// zone centre and the county step in; an officer acts only on what it was sent to; the auditor reads.
    /// </summary>
    /// <summary>
    /// The list rows ask for one page of the most the API gives: the fixture's two whistles are its oldest, and the rows
    /// that change a whistle raise about a hundred more, so a page of 50 would not reach them.
    /// </summary>
    const string WholeList = "?limit=200";

    /// <summary>Null when the page shows the whistle exactly when it should; else what is wrong.</summary>
    static string? Shown(JsonElement page, string id, bool expected)
    {
        var shown = page.GetProperty("items").EnumerateArray().Any(w => w.GetProperty("id").GetString() == id);
        if (shown == expected) return null;
        var more = page.GetProperty("nextCursor").ValueKind == JsonValueKind.String ? " (the list has more than one page: the fixture outgrew WholeList)" : "";
        return $"the list {(shown ? "shows" : "lacks")} {id}{more}";
    }

    static IReadOnlyList<Rule> WhistleRows() =>
    [
        Row("POST", Whistles, "in the caller's township (T01)", (f, _) => Task.FromResult(Post(Whistles, AuthorisationFixture.WhistleBody(f.Centre("T01")))),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Created, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("POST", Whistles, "another township (T09)", (f, _) => Task.FromResult(Post(Whistles, AuthorisationFixture.WhistleBody(f.Centre("T09"), "T09"))),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden)),
        Row("GET", Whistles, "all (the Z3 whistle county-wide only)", _ => Whistles + WholeList, Everyone(Ok, anonymous: No),
            (f, who, body) => Shown(body, f.WhistleOutOfScope, who is Who.County or Who.Auditor)),
        Row("GET", Whistles, "?departmentId=scjg (the T01 whistle)", _ => Whistles + WholeList + "&departmentId=scjg", Everyone(Ok, anonymous: No),
            (f, who, body) => Shown(body, f.WhistleInScope, who is Who.County or Who.Auditor or Who.Dispatcher or Who.Desk or Who.Township)),
        Row("GET", Whistle, "in scope", f => $"{Whistles}/{f.WhistleInScope}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", Whistle, "out of scope", f => $"{Whistles}/{f.WhistleOutOfScope}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", Whistle, "unknown", _ => $"{Whistles}/W-Z1-20000101-0001", Everyone(NotFound, anonymous: No)),
        Row("GET", Whistle, "sent to O0001", async (f, _) => new HttpRequestMessage(HttpMethod.Get, $"{Whistles}/{await f.WhistleWithOfficer()}"),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Ok, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/whistles/{id}/timeline", "in scope", f => $"{Whistles}/{f.WhistleInScope}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/whistles/{id}/timeline", "out of scope", f => $"{Whistles}/{f.WhistleOutOfScope}/timeline",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Ok, admin: NotFound)),
        Row("GET", "/api/whistles/{id}/recommendations", "in scope, scjg", f => $"{Whistles}/{f.WhistleInScope}/recommendations?departmentId=scjg",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("GET", "/api/whistles/{id}/recommendations", "in scope, zhzf (not the desk's)", f => $"{Whistles}/{f.WhistleInScope}/recommendations?departmentId=zhzf",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("GET", "/api/whistles/{id}/recommendations", "out of scope", f => $"{Whistles}/{f.WhistleOutOfScope}/recommendations?departmentId=sthj",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),

        // ── whistle actions ─────────────────────────────────────────────────────────────────────────────────────────
        Row("POST", WhistleAction, "approve (fresh, pending)", async (f, _) => Post($"{Whistles}/{await f.PendingWhistle()}/actions/approve", null),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "reject (fresh, pending)", async (f, _) => Post($"{Whistles}/{await f.PendingWhistle()}/actions/reject", new { reason = "授权矩阵测试" }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "cancel (fresh, pending)", async (f, _) => Post($"{Whistles}/{await f.PendingWhistle()}/actions/cancel", new { reason = "授权矩阵测试" }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Ok, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "assign scjg (fresh, open)",
            async (f, _) => Post($"{Whistles}/{await f.OpenWhistle()}/actions/assign", new { departmentId = "scjg", officerIds = new[] { await f.FreeOfficer("scjg") } }),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "assign zhzf (fresh, open)",
            async (f, _) => Post($"{Whistles}/{await f.OpenWhistle()}/actions/assign", new { departmentId = "zhzf", officerIds = new[] { await f.FreeOfficer("zhzf") } }),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "assign (out of scope)", f => $"{Whistles}/{f.WhistleOutOfScope}/actions/assign",
            Expect(anonymous: No, county: Bad, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "acknowledge (fresh, O0001 sent)", async (f, _) => Post($"{Whistles}/{await f.WhistleWithOfficer()}/actions/acknowledge", null),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Ok, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "arrive (fresh, O0001 sent)", async (f, _) => Post($"{Whistles}/{await f.WhistleWithOfficer()}/actions/arrive", null),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Ok, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "acknowledge (not sent)", f => $"{Whistles}/{f.WhistleInScope}/actions/acknowledge",
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "handle zhzf (fresh, O0001 sent)",
            async (f, _) => Post($"{Whistles}/{await f.WhistleWithOfficer()}/actions/handle", new { departmentId = "zhzf", result = "授权矩阵测试：已处置" }),
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: Ok, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "close (fresh, every part handled)", async (f, _) => Post($"{Whistles}/{await f.HandledWhistle()}/actions/close", null),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Ok, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "rate (fresh, closed)",
            async (f, _) => Post($"{Whistles}/{await f.ClosedWhistle()}/actions/rate", new { ratings = new[] { new { departmentId = "scjg", response = 5, result = 4, attitude = 5 } } }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Ok, officer: NotFound, grid: NotFound, auditor: Forbidden, admin: NotFound)),
        Row("POST", WhistleAction, "unknown action (in scope)", f => $"{Whistles}/{f.WhistleInScope}/actions/teleport", Everyone(NotFound, anonymous: No)),

        // ── scorecard ───────────────────────────────────────────────────────────────────────────────────────────────
        Row("GET", Scorecard, "the caller's area", _ => Scorecard,
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
        Row("GET", Scorecard, "?zoneId=Z3", _ => Scorecard + "?zoneId=Z3",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
    ];
}
