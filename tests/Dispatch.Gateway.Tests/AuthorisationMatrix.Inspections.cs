namespace Dispatch.Gateway.Tests;

public static partial class AuthorisationMatrix
{
    /// <summary>
    /// Rows of the joint-inspection routes. The directory is read by the console roles in their area (a zone centre its
    /// zones' townships, township staff their own; desks and the county all) and by the planner; it is imported by the
    /// planner (not a matrix column: see EnterpriseApiTests) and the admin. Imports here are dry runs: they change nothing.
    /// </summary>
    static IReadOnlyList<Rule> InspectionRows() =>
    [
        Row("POST", "/api/enterprises/import", "a valid row, dry run",
            (f, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/enterprises/import?dryRun=true") { Content = f.DirectoryCsv(valid: true) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Ok)),
        Row("POST", "/api/enterprises/import", "a row with a bad credit code",
            (f, _) => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/enterprises/import") { Content = f.DirectoryCsv(valid: false) }),
            Expect(anonymous: No, county: Forbidden, dispatcher: Forbidden, desk: Forbidden, township: Forbidden, officer: Forbidden, grid: Forbidden, auditor: Forbidden, admin: Bad)),
        Row("GET", "/api/enterprises", "all (T09's county-wide only)", _ => "/api/enterprises?townshipId=T09",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden),
            (f, who, body) => Lists(body, f.EnterpriseOutOfScope) == who is Who.County or Who.Auditor or Who.Desk ? null
                : $"the list {(Lists(body, f.EnterpriseOutOfScope) ? "shows" : "lacks")} {f.EnterpriseOutOfScope}"),
        Row("GET", "/api/enterprises/{id}", "in T01 (zone Z1)", f => $"/api/enterprises/{f.EnterpriseInScope}",
            Expect(anonymous: No, county: Ok, dispatcher: Ok, desk: Ok, township: Ok, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
        Row("GET", "/api/enterprises/{id}", "in T09 (zone Z3)", f => $"/api/enterprises/{f.EnterpriseOutOfScope}",
            Expect(anonymous: No, county: Ok, dispatcher: NotFound, desk: Ok, township: NotFound, officer: Forbidden, grid: Forbidden, auditor: Ok, admin: Forbidden)),
    ];
}
