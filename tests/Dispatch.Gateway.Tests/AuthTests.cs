using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public class AuthTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("county", "countyCommander")]
    [InlineData("dispatcher", "zoneDispatcher")]
    [InlineData("desk", "departmentDesk")]
    [InlineData("township", "townshipStaff")]
    [InlineData("officer", "officer")]
    [InlineData("grid", "gridWorker")]
    [InlineData("auditor", "auditor")]
    [InlineData("admin", "admin")]
    [InlineData("ZF00042", "officer")]
    public async Task Demo_accounts_and_officer_codes_sign_in_with_their_role(string username, string role)
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password = "demo" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<LoginResponse>(Client.Json))!;
        Assert.Equal(role, body.Role);
        Assert.False(string.IsNullOrEmpty(body.AccessToken));
        Assert.True(body.ExpiresAt > DateTimeOffset.UtcNow.AddHours(1));
    }

    [Fact]
    public async Task A_wrong_password_gets_401_problem_details()
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username = "dispatcher", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("用户名或密码错误", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username = "nobody", password = "demo" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_username_gets_a_validation_problem()
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { password = "demo" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("username", out _));
    }

    [Fact]
    public async Task A_malformed_body_gets_400_problem_details()
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsync("/api/auth/login", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Me_describes_the_signed_in_dispatcher()
    {
        using var http = await gateway.ClientFor("dispatcher");
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("dispatcher", me.GetProperty("username").GetString());
        Assert.Equal("zoneDispatcher", me.GetProperty("role").GetString());
        Assert.Equal(["Z1"], me.GetProperty("zoneIds").EnumerateArray().Select(z => z.GetString()));
        Assert.Equal(JsonValueKind.Null, me.GetProperty("officerId").ValueKind);
    }

    [Fact]
    public async Task Me_tells_an_officer_its_officer_id()
    {
        using var http = await gateway.ClientFor("officer");
        var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("O0001", me.GetProperty("officerId").GetString());
        Assert.Equal("T01", me.GetProperty("townshipId").GetString());
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/county")]
    [InlineData("/api/officers")]
    [InlineData("/api/officers/O0001")]
    public async Task Requests_without_a_token_get_401(string path)
    {
        using var http = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_gets_401()
    {
        using var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImNvdW50eUNvbW1hbmRlciJ9.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/officers")).StatusCode);
    }
}

public class LoginRateLimitTests(StrictLoginGatewayFactory gateway) : IClassFixture<StrictLoginGatewayFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_problem_details()
    {
        using var http = gateway.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await http.PostAsJsonAsync("/api/auth/login", new { username = "dispatcher", password = "wrong" })).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var last = await http.PostAsJsonAsync("/api/auth/login", new { username = "dispatcher", password = "demo" });
        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }
}
