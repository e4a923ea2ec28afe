using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    const int Conflict = 409;

    /// <summary>
    /// Rows of the joint-inspection routes. The directory is read by the console roles in their area (a zone centre its
    /// zones' townships, township staff their own; desks and the county all) and by the planner; it is imported by the
    /// planner and the admin (imports here are dry runs). Plans and filings: the office for any department, a desk for its
    /// own (the desk is 市场监管). Runs and draws: the office. Visits: each role in its scope, an officer only those it was
    /// drawn for. Results: only a drawn inspector. The code page and its API: anyone, without sign-in.
    /// </summary>
    static IReadOnlyList<Rule> InspectionRows() =>
    [
        Row("POST", "/api/enterprises/import", "a valid row, dry run",
            (f, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/enterprises/import?dryRun=true") { Content = f.DirectoryCsv(valid: true) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok, planner: Ok)),
        Row("POST", "/api/enterprises/import", "a row with a bad credit code",
            (f, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/enterprises/import") { Content = f.DirectoryCsv(valid: false) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Bad, planner: Bad)),
        Row("GET", "/api/enterprises", "all (T09's county-wide only)", _ => "/api/enterprises?townshipId=T09",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden, planner: Ok),
            (f, who, body) => Lists(body, f.EnterpriseOutOfScope) == who is Who.County or Who.Auditor or Who.Desk or Who.Planner ? null
                : $"the list {(Lists(body, f.EnterpriseOutOfScope) ? "shows" : "lacks")} {f.EnterpriseOutOfScope}"),
        Row("GET", "/api/enterprises/{id}", "in T01 (zone Z1)", f => $"/api/enterprises/{f.EnterpriseInScope}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden, planner: Ok)),
        Row("GET", "/api/enterprises/{id}", "in T09 (zone Z3)", f => $"/api/enterprises/{f.EnterpriseOutOfScope}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: Ok, township: NotFound, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden, planner: Ok)),

        Row("POST", "/api/inspectors/import", "O0001 as an officer, dry run",
            (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/inspectors/import?dryRun=true") { Content = AuthorisationFixture.InspectorCsv(valid: true) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok, planner: Ok)),
        Row("POST", "/api/inspectors/import", "an officer the county does not have",
            (_, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/inspectors/import") { Content = AuthorisationFixture.InspectorCsv(valid: false) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Bad, planner: Bad)),
        Row("GET", "/api/inspectors", "the pool (every county officer: nothing imported)", _ => "/api/inspectors",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/inspections/scenarios", "the catalogue", _ => "/api/inspections/scenarios",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/inspections/plans", "every department's (a desk its own)", _ => $"/api/inspections/plans?year={AuthorisationFixture.MatrixYear}",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (_, who, body) => Departments(body).SetEquals(who == Who.Desk ? ["scjg"] : ["scjg", "zhzf", "sthj"]) ? null : $"plans of {string.Join(",", Departments(body))}"),
        Row("GET", "/api/inspections/plans", "a year out of range", _ => "/api/inspections/plans?year=1999",
            Expect(anonymous: No, county: Bad, dispatcher: Forbidden, desk: Bad, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Bad, admin: Bad, planner: Bad)),
        Row("POST", "/api/inspections/plans", "for 市场监管 (the desk's own)",
            (f, _) => Task.FromResult(Post("/api/inspections/plans", AuthorisationFixture.PlanBody("scjg", "scjg-pricing", f.EnterpriseInScope, "2032-Q3"))),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Ok)),
        Row("POST", "/api/inspections/plans", "for 应急管理 (another department's)",
            (f, _) => Task.FromResult(Post("/api/inspections/plans", AuthorisationFixture.PlanBody("yjgl", "yjgl-hazchem", f.EnterpriseInScope, "2032-Q3"))),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Ok)),
        Row("GET", "/api/inspections/adhoc", "every department's (a desk its own)", _ => "/api/inspections/adhoc",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (_, who, body) => who == Who.Desk && body.EnumerateArray().Any(f => f.GetProperty("departmentId").GetString() != "scjg") ? "a desk sees another department's filing" : null),
        Row("GET", "/api/inspections/adhoc", "the matrix year's (a 生态环境 filing)", _ => $"/api/inspections/adhoc?year={AuthorisationFixture.MatrixYear}",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (f, who, body) => Lists(body, f.FilingId) == (who != Who.Desk) ? null : $"the 生态环境 filing {(Lists(body, f.FilingId) ? "shown" : "hidden")}"),
        Row("GET", "/api/inspections/adhoc", "a year out of range", _ => "/api/inspections/adhoc?year=2101",
            Expect(anonymous: No, county: Bad, dispatcher: Forbidden, desk: Bad, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Bad, admin: Bad, planner: Bad)),
        Row("POST", "/api/inspections/adhoc", "市场监管, exempt (environment and safety)",
            (f, _) => Task.FromResult(Post("/api/inspections/adhoc", new { departmentId = "scjg", enterpriseId = f.EnterpriseInScope, itemCode = "scjg-pricing", plannedDate = "2032-01-05", exemption = "environmentSafety" })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Created, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Created)),
        Row("POST", "/api/inspections/adhoc", "市场监管, for today, not exempt",
            (f, _) => Task.FromResult(Post("/api/inspections/adhoc", new { departmentId = "scjg", enterpriseId = f.EnterpriseInScope, itemCode = "scjg-pricing", plannedDate = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd") })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Conflict, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Conflict)),
        Row("POST", "/api/inspections/adhoc", "应急管理 (another department's)",
            (f, _) => Task.FromResult(Post("/api/inspections/adhoc", new { departmentId = "yjgl", enterpriseId = f.EnterpriseInScope, itemCode = "yjgl-hazchem", plannedDate = "2032-01-05", exemption = "specialCampaign" })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Created)),

        Row("POST", "/api/inspections/planner/runs", "a quarter with no plans",
            (_, _) => Task.FromResult(Post("/api/inspections/planner/runs", new { year = 2033, period = "2033-Q2" })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Created)),
        Row("GET", "/api/inspections/planner/runs", "this year's", _ => "/api/inspections/planner/runs",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (f, _, body) => Lists(body, f.RunId) ? "this year's runs list the matrix year's run" : null),
        Row("GET", "/api/inspections/planner/runs", "the matrix year's", _ => $"/api/inspections/planner/runs?year={AuthorisationFixture.MatrixYear}",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (f, _, body) => Lists(body, f.RunId) ? null : "the matrix run is not listed"),
        Row("GET", "/api/inspections/planner/runs", "a year out of range", _ => "/api/inspections/planner/runs?year=1999",
            Expect(anonymous: No, county: Bad, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Bad, admin: Bad, planner: Bad)),
        Row("GET", "/api/inspections/tasks", "the matrix run (T01 joint visit, T09 visit)", f => $"/api/inspections/tasks?runId={f.RunId}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Ok, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (f, who, body) =>
            {
                var countyWide = who is Who.County or Who.Auditor or Who.Admin or Who.Planner;
                var seesJoint = Lists(body, f.JointTask);
                var seesOther = Lists(body, f.OtherTask);
                return seesJoint && seesOther == countyWide ? null : $"joint visit {(seesJoint ? "shown" : "hidden")}, T09 visit {(seesOther ? "shown" : "hidden")}";
            }),
        Row("GET", "/api/inspections/tasks", "filtered by another inspector", f => $"/api/inspections/tasks?runId={f.RunId}&inspectorId=O0002",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Ok, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (_, who, body) => who == Who.Officer && body.GetArrayLength() > 0 ? "an officer reads another inspector's visits" : null),
        Row("GET", "/api/inspections/tasks", "the matrix year's (T01 joint visit, T09 visit)", _ => $"/api/inspections/tasks?year={AuthorisationFixture.MatrixYear}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Ok, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (f, who, body) => Lists(body, f.JointTask) && Lists(body, f.OtherTask) == who is Who.County or Who.Auditor or Who.Admin or Who.Planner ? null
                : $"joint visit {(Lists(body, f.JointTask) ? "shown" : "hidden")}, T09 visit {(Lists(body, f.OtherTask) ? "shown" : "hidden")}"),
        Row("GET", "/api/inspections/tasks", "a year out of range", _ => "/api/inspections/tasks?year=1999",
            Expect(anonymous: No, county: Bad, dispatcher: Bad, desk: Bad, township: Bad, officer: Bad, grid: Forbidden, auditor: Bad, admin: Bad, planner: Bad)),
        Row("POST", "/api/inspections/tasks/{id}/results", "the joint visit (O0001 drawn)",
            (f, _) => Task.FromResult(Post($"/api/inspections/tasks/{f.JointTask}/results", new { items = new[] { new { itemCode = "zhzf-gas-operation", outcome = "pass", note = "", evidenceIds = Array.Empty<string>() } } })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Ok, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Forbidden)),
        Row("POST", "/api/inspections/tasks/{id}/results", "the T09 visit (O0001 not drawn)",
            (f, _) => Task.FromResult(Post($"/api/inspections/tasks/{f.OtherTask}/results", new { items = new[] { new { itemCode = "sthj-dust", outcome = "pass", note = "", evidenceIds = Array.Empty<string>() } } })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Forbidden)),
        Row("POST", "/api/inspections/tasks/{id}/evidence", "the joint visit (O0001 drawn)", (f, _) => Task.FromResult(PostPhoto($"/api/inspections/tasks/{f.JointTask}/evidence")),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Created, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Forbidden)),
        Row("POST", "/api/inspections/tasks/{id}/evidence", "the T09 visit (O0001 not drawn)", (f, _) => Task.FromResult(PostPhoto($"/api/inspections/tasks/{f.OtherTask}/evidence")),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Forbidden)),
        Row("GET", "/api/inspections/tasks/{id}/evidence/{photoId}", "the joint visit's photo", f => $"/api/inspections/tasks/{f.JointTask}/evidence/{f.JointPhoto}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Ok, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/inspections/tasks/{id}/evidence/{photoId}", "the joint visit's photo under the T09 visit", f => $"/api/inspections/tasks/{f.OtherTask}/evidence/{f.JointPhoto}",
            Expect(anonymous: No, county: NotFound, dispatcher: NotFound, desk: NotFound, township: NotFound, officer: NotFound, grid: Forbidden, auditor: NotFound, admin: NotFound, planner: NotFound)),
        Row("POST", "/api/inspections/tasks/{id}/publish", "the T09 visit, drawn but not inspected",
            (f, _) => Task.FromResult(Post($"/api/inspections/tasks/{f.OtherTask}/publish", null)),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: NotFound, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Conflict)),
        Row("POST", "/api/inspections/draws", "visits already drawn",
            (f, _) => Task.FromResult(Post("/api/inspections/draws", new { taskIds = new[] { f.JointTask }, inspectorsPerVisit = 2 })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Conflict)),
        Row("POST", "/api/inspections/draws", "an unknown run",
            (_, _) => Task.FromResult(Post("/api/inspections/draws", new { runId = "R2099Q1-9", inspectorsPerVisit = 2 })),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Forbidden, planner: Bad)),
        Row("GET", "/api/inspections/draws/{id}", "the matrix draw", f => $"/api/inspections/draws/{f.DrawId}",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/inspections/draws/{id}/verify", "the matrix draw", f => $"/api/inspections/draws/{f.DrawId}/verify",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok),
            (_, _, body) => body.GetProperty("match").GetBoolean() ? null : "the draw does not verify: " + body.GetProperty("details").GetString()),

        Row("GET", "/api/public/inspections/{code}", "the joint visit's code", f => $"/api/public/inspections/{f.JointCode}", Everyone(Ok, anonymous: Ok),
            (_, _, body) => PublicFields.SetEquals(body.EnumerateObject().Select(p => p.Name)) ? null
                : $"the public view has fields {string.Join(",", body.EnumerateObject().Select(p => p.Name))}"),
        Row("GET", "/api/public/inspections/{code}", "a well-formed code that stands for nothing", _ => "/api/public/inspections/ABCDEFGHJKMN",
            Everyone(NotFound, anonymous: NotFound)),
        Row("POST", "/api/public/inspections/{code}/rating", "the T09 visit's code (drawn, not inspected)",
            (f, _) => Task.FromResult(Post($"/api/public/inspections/{f.OtherCode}/rating", new { score = 5, comment = "矩阵" })),
            Everyone(Conflict, anonymous: Conflict)),
        // The page is a static file of the console build, which this gateway does not serve: the same 404 for everyone and
        // no sign-in asked (ConsoleHeadersTests and the browser tests serve it from the build).
        Row("GET", "/code/{code}", "the joint visit's code, no console build", f => $"/code/{f.JointCode}", Everyone(NotFound, anonymous: NotFound)),
        Row("GET", "/api/indicators", "the county", _ => "/api/indicators?scope=county",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/indicators", "zone Z1 (the dispatcher's)", _ => "/api/indicators?scope=zone&id=Z1",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/indicators", "zone Z3", _ => "/api/indicators?scope=zone&id=Z3",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/indicators", "市场监管 (the desk's)", _ => "/api/indicators?scope=department&id=scjg",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Ok, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
        Row("GET", "/api/indicators", "生态环境", _ => "/api/indicators?scope=department&id=sthj",
            Expect(anonymous: No, county: Ok, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Ok, planner: Ok)),
    ];

    static readonly HashSet<string> PublicFields = ["enterpriseName", "plannedDate", "departments", "items", "legalBasis", "inspectors", "status"];

    static HashSet<string> Departments(JsonElement plans) => plans.EnumerateArray().Select(p => p.GetProperty("departmentId").GetString()!).ToHashSet();
}
