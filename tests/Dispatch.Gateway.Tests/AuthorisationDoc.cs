using System.Text;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// docs/authorisation.md as the rows of <see cref="AuthorisationMatrix"/> state it: one table of routes and one of hub
/// methods, a column per caller, between the text that says what the objects and the answers are.
/// </summary>
public static class AuthorisationDoc
{
    public const string WriteVariable = "DISPATCH_WRITE_DOCS";

    public static string Path => System.IO.Path.Combine(Repo.Root, "docs", "authorisation.md");

    public static string Render(IEnumerable<Rule> rest, IEnumerable<HubRule> hubs)
    {
        var callers = Enum.GetValues<Who>();
        var doc = new StringBuilder(Opening);
        doc.Append("\n## Routes\n\n");
        Header(doc, "route [object]", callers);
        foreach (var row in rest)
            Line(doc, $"`{row.Method} {row.Pattern}`" + Asked(row.Case), callers.Select(who => row.Expect[who].ToString()));
        doc.Append("\n## Hubs\n\n");
        Header(doc, "hub method [object]", callers);
        foreach (var row in hubs)
            Line(doc, $"`{row.Path}` {row.Method}" + Asked(row.Case), callers.Select(who => row.Connect is { } connect ? connect[who].ToString() : Word(row.Answers![who])));
        doc.Append('\n').Append(Closing);
        return doc.ToString();
    }

    /// <summary>A column's name: the demo account's username, or anon for a caller with no token.</summary>
    static string Column(Who who) => who == Who.Anonymous ? "anon" : AuthorisationFixture.Username(who);

    static string Word(HubAnswer answer) => answer switch
    {
        HubAnswer.Ok => "ok",
        HubAnswer.Throws => "throws",
        _ => "—",
    };

    /// <summary>The object a row asks about, in brackets; nothing for a row about no particular object ("-").</summary>
    static string Asked(string @case) => @case == "-" ? "" : $" [{@case.Replace("|", "\\|")}]";

    static void Header(StringBuilder doc, string first, Who[] callers)
    {
        Line(doc, first, callers.Select(Column));
        doc.Append('|').AppendJoin("", Enumerable.Repeat("---|", callers.Length + 1)).Append('\n');
    }

    static void Line(StringBuilder doc, string first, IEnumerable<string> cells) =>
        doc.Append("| ").Append(first).Append(" | ").AppendJoin(" | ", cells).Append(" |\n");

    const string Opening =
        """
        # Authorisation matrix

        <!-- Written by AuthorisationDocTests from tests/Dispatch.Gateway.Tests/AuthorisationMatrix*.cs: change the rows, not this file. -->

        This file is written by a test (`AuthorisationDocTests` in `tests/Dispatch.Gateway.Tests`) from the rows of
        `AuthorisationMatrix*.cs`, the rows `AuthorisationTests` runs against the real gateway; the test fails when the
        committed file differs from what the rows say. After changing a row, write the file again and commit it:
        `DISPATCH_WRITE_DOCS=1 dotnet test tests/Dispatch.Gateway.Tests --filter FullyQualifiedName~AuthorisationDoc`.

        Columns: the route (method and pattern as the app maps them) or the hub and method, with the object the row asks
        about in brackets; then one column per caller: `anon` a caller with no token, every other the demo account of that
        name (README, *What you see*). A route's cell is the HTTP status that caller gets, a hub connect row's the status
        of the connection's negotiation.

        Who gets which answer, per route and hub method, for every role (demo accounts) and for a caller with no token. The
        objects: *in scope* is `grid`'s food-safety report in T01 (zone Z1, department scjg); *out of scope* is `county`'s
        water-pollution report in T09 (zone Z3, department sthj); *handled by O0001* is `dispatcher`'s work-safety report in
        T02 that officer O0001 (the `officer` account) handled; rows marked *fresh* act on a new incident per caller. 404 means
        unknown or out of scope (the two look the same), 403 in scope but not this role, 409 the state does not allow it. For
        hubs, "—" means the caller cannot connect (see the hub's connect row), "ok" the method returns, "throws" a `HubException`.

        """;

    const string Closing =
        """
        The test `tests/Dispatch.Gateway.Tests/Authorisation*.cs` runs every cell of these tables against the real gateway
        (`AuthorisationMatrix*.cs` holds the rows) and fails for any route of the running app (its `EndpointDataSource`) or hub
        method (public methods declared on the hub, plus connect) without a row, and for any row naming a route that does not
        exist: a new endpoint must declare its rule there. Whistle rows use a whistle of T01 (zone Z1) summoning scjg (the
        `desk` account's department) to lead and zhzf to assist as *in scope*, one of T09 (zone Z3) summoning sthj and zrzy as
        *out of scope*, and a fresh whistle in the state the action needs per caller; approval by the township leader (`leader`,
        not a matrix column) is tested in `WhistleApiTests` and `WhistleRulesTests`. The `planner` column is the joint
        meeting's office; joint-inspection rows use the enterprises above and visits planned for 2031-Q1: a joint visit at the T01
        enterprise (市场监管 and 综合执法) drawn with every other 综合执法 officer recused, so that `officer` (O0001) is certainly
        drawn, and a visit at the T09 enterprise (生态环境) drawn and never inspected.

        """;
}
