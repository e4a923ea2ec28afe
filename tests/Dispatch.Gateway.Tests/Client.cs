using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

public sealed record LoginResponse(string AccessToken, string Role, DateTimeOffset ExpiresAt);

/// <summary>What a user of the public contract does: sign in, call the API, open hubs.</summary>
public static class Client
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<string> SignIn(this GatewayFactory gateway, string username, string password = "demo")
    {
        using var http = gateway.CreateClient();
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResponse>(Json))!.AccessToken;
    }

    public static async Task<HttpClient> ClientFor(this GatewayFactory gateway, string username)
    {
        var http = gateway.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await gateway.SignIn(username));
        return http;
    }

    public static async Task<HubConnection> Hub(this GatewayFactory gateway, string path, string username)
    {
        var token = await gateway.SignIn(username);
        return gateway.HubWithToken(path, token);
    }

    public static HubConnection HubWithToken(this GatewayFactory gateway, string path, string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(gateway.BaseAddress, path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();

    public static object Fix(double lat, double lon, DateTimeOffset? at = null, double accuracy = 8) =>
        new { lat, lon, accuracy, deviceTime = at ?? DateTimeOffset.UtcNow };
}
