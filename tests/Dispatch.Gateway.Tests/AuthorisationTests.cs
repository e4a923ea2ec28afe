using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// Runs <see cref="AuthorisationMatrix"/>: one case per (row, role), named by both, against the real gateway; and checks
/// the matrix against the running app: every route of its EndpointDataSource and every hub method has a row, and every
/// row names a route or hub method that exists.
/// </summary>
public class AuthorisationTests(AuthorisationFixture f) : IClassFixture<AuthorisationFixture>
{
    public static IEnumerable<object[]> RestCases =>
        AuthorisationMatrix.Rest.SelectMany(r => Enum.GetValues<Who>().Select(w => new object[] { $"{r.Method} {r.Pattern}", r.Case, w.ToString() }));

    public static IEnumerable<object[]> HubCases =>
        AuthorisationMatrix.Hubs.SelectMany(r => Enum.GetValues<Who>().Select(w => new object[] { $"{r.Path} {r.Method}", r.Case, w.ToString() }));

    [Theory, MemberData(nameof(RestCases))]
    public async Task Route(string route, string @case, string role)
    {
        var row = AuthorisationMatrix.Rest.Single(r => r.Name == $"{route} [{@case}]");
        var who = Enum.Parse<Who>(role);
        using var request = f.As(who, await row.Request(f, who));
        using var response = await f.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var expected = row.Expect[who];
        Assert.True(expected == (int)response.StatusCode,
            $"{row.Name} as {role}: expected {expected}, got {(int)response.StatusCode} {Short(body)}");
        if (row.Check is { } check && response.IsSuccessStatusCode && check(f, who, JsonDocument.Parse(body).RootElement) is { } wrong)
            Assert.Fail($"{row.Name} as {role}: {wrong}");
    }

    [Theory, MemberData(nameof(HubCases))]
    public async Task Hub(string hub, string @case, string role)
    {
        var row = AuthorisationMatrix.Hubs.Single(r => r.Name == $"{hub} [{@case}]");
        var who = Enum.Parse<Who>(role);
        await using var connection = f.Hub(row.Path, who);
        int status;
        try
        {
            await connection.StartAsync();
            status = 200;
        }
        catch (HttpRequestException e) when (e.StatusCode is { } code)
        {
            status = (int)code;
        }

        if (row.Connect is { } connect)
        {
            Assert.True(connect[who] == status, $"{row.Name} as {role}: expected {connect[who]} on connect, got {status}");
            return;
        }
        var answer = row.Answers![who];
        if (answer == HubAnswer.Refused)
        {
            Assert.True(status is 401 or 403, $"{row.Name} as {role}: expected the connection refused, got {status}");
            return;
        }
        Assert.True(status == 200, $"{row.Name} as {role}: expected to connect, got {status}");
        var thrown = await Record.ExceptionAsync(() => row.Invoke!(connection));
        if (answer == HubAnswer.Ok) Assert.True(thrown is null, $"{row.Name} as {role}: expected to return, threw {thrown}");
        else Assert.True(thrown is HubException, $"{row.Name} as {role}: expected a HubException, got {thrown?.GetType().Name ?? "a return"}");
    }

    /// <summary>A route of the running app: its HTTP methods (empty: any) and pattern; Hub is set for a hub's endpoints.</summary>
    sealed record Mapped(IReadOnlyList<string> Methods, string Pattern, Type? Hub);

    IReadOnlyList<Mapped> Routes() =>
        f.Gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new Mapped(e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
                Normalise(e.RoutePattern.RawText ?? ""), e.Metadata.GetMetadata<HubMetadata>()?.HubType))
            .ToList();

    static string Normalise(string pattern) => pattern.Length > 1 ? "/" + pattern.Trim('/') : "/";

    /// <summary>A hub's own path: its endpoints are the path and path/negotiate.</summary>
    static string HubPath(Mapped m) => m.Pattern.EndsWith("/negotiate", StringComparison.Ordinal) ? m.Pattern[..^"/negotiate".Length] : m.Pattern;

    /// <summary>What a client may invoke: the hub's public instance methods declared on it, not the Hub overrides (OnConnectedAsync...).</summary>
    static IEnumerable<string> HubMethods(Type hub) =>
        hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub)
            .Select(m => m.Name)
            .Prepend("connect");

    static bool Covers(Rule r, Mapped m) =>
        r.Pattern == m.Pattern && (m.Methods.Count == 0 || m.Methods.Contains(r.Method, StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Every_route_and_hub_method_of_the_app_has_a_row()
    {
        var routes = Routes();
        var missing = new List<string>();
        foreach (var m in routes.Where(m => m.Hub is null))
        {
            var methods = m.Methods.Count == 0 ? ["*"] : m.Methods;
            foreach (var method in methods.Where(method => !AuthorisationMatrix.Rest.Any(r => Covers(r, m with { Methods = method == "*" ? [] : [method] }))))
                missing.Add($"{method} {m.Pattern}");
        }
        foreach (var (path, hub) in routes.Where(m => m.Hub is not null).Select(m => (HubPath(m), m.Hub!)).Distinct())
            foreach (var method in HubMethods(hub).Where(method => !AuthorisationMatrix.Hubs.Any(r => r.Path == path && r.Method == method)))
                missing.Add($"hub {path} {method} ({hub.Name})");
        Assert.True(routes.Count > 10, $"the app maps only {routes.Count} routes: not the gateway?");
        Assert.True(missing.Count == 0, "routes and hub methods without a row in AuthorisationMatrix (add one, with every role's answer):\n  " +
            string.Join("\n  ", missing.Distinct()));
    }

    [Fact]
    public void Every_row_names_a_route_or_hub_method_that_exists()
    {
        var routes = Routes();
        var hubs = routes.Where(m => m.Hub is not null).Select(m => (Path: HubPath(m), Hub: m.Hub!)).Distinct().ToList();
        var stale = AuthorisationMatrix.Rest
            .Where(r => !routes.Any(m => m.Hub is null && Covers(r, m)))
            .Select(r => r.Name)
            .Concat(AuthorisationMatrix.Hubs
                .Where(r => !hubs.Any(h => h.Path == r.Path && HubMethods(h.Hub).Contains(r.Method)))
                .Select(r => r.Name))
            .ToList();
        Assert.True(stale.Count == 0, "rows naming no route or hub method of the app:\n  " + string.Join("\n  ", stale));
    }

    [Fact]
    public void Every_row_has_an_answer_for_every_role_and_a_unique_name()
    {
        Assert.All(AuthorisationMatrix.Rest, r => Assert.Equal(Enum.GetValues<Who>().Length, r.Expect.Status.Count));
        Assert.All(AuthorisationMatrix.Hubs, r => Assert.Equal(Enum.GetValues<Who>().Length, (r.Connect?.Status.Count ?? r.Answers!.Count)));
        Assert.Empty(AuthorisationMatrix.Rest.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(AuthorisationMatrix.Hubs.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key));
        // xUnit shows at most 50 characters of each argument: a case longer than that would not name its row in a failure.
        Assert.DoesNotContain(AuthorisationMatrix.Rest.Select(r => r.Case).Concat(AuthorisationMatrix.Hubs.Select(r => r.Case)), c => c.Length > 50);
        Assert.DoesNotContain(AuthorisationMatrix.Rest.Select(r => $"{r.Method} {r.Pattern}"), c => c.Length > 50);
    }

    [Fact]
    public async Task A_dispatcher_sending_an_officer_outside_its_zone_hears_what_an_unknown_officer_id_gets()
    {
        async Task<(HttpStatusCode, string?, string?)> Dispatch(string officerId)
        {
            var id = await f.Registered();
            using var request = f.As(Who.Dispatcher, new HttpRequestMessage(HttpMethod.Post, $"/api/incidents/{id}/actions/dispatch")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { officerId, reason = "授权矩阵测试：跨部门派遣" }),
            });
            using var response = await f.Http.SendAsync(request);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return (response.StatusCode, problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
        }
        var outside = await Dispatch(f.OutOfficer);
        var unknown = await Dispatch("O9999");
        Assert.Equal(HttpStatusCode.BadRequest, outside.Item1);
        Assert.Equal(unknown, outside);
    }

    static string Short(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
