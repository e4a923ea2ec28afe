using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

public sealed record LoginResponse(string AccessToken, string Role, DateTimeOffset ExpiresAt);
public sealed record OfficerMoved(string OfficerId, double Lat, double Lon, string Status, DateTimeOffset Time);
public sealed record ReportResult(bool Accepted, string Outcome);

/// <summary>The public contract, as a field device or console uses it.</summary>
public static class Api
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<string> SignIn(Uri gateway, string username)
    {
        using var http = new HttpClient { BaseAddress = gateway };
        var response = await http.PostAsJsonAsync("/api/auth/login", new { username, password = "demo" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<LoginResponse>(Json))!.AccessToken;
    }

    public static async Task<HttpClient> Http(Uri gateway, string username)
    {
        var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(40) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignIn(gateway, username));
        return http;
    }

    public static async Task<HubConnection> Hub(Uri gateway, string path, string username)
    {
        var token = await SignIn(gateway, username);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(gateway, path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .WithAutomaticReconnect()
            .Build();
        await connection.StartAsync();
        return connection;
    }

    public static async Task<JsonElement> Officer(HttpClient http, string id) =>
        await http.GetFromJsonAsync<JsonElement>($"/api/officers/{id}");

    public static object Fix(double lat, double lon, DateTimeOffset at) => new { lat, lon, accuracy = 6.0, deviceTime = at };
}
