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

    /// <summary>The mean of the first township's outline (T01): a point inside it, for reports and whistles.</summary>
    public static async Task<(double Lat, double Lon)> FirstTownshipCentre(HttpClient http)
    {
        var county = await http.GetFromJsonAsync<JsonElement>("/api/county");
        var ring = county.GetProperty("townships")[0].GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
            .Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).SkipLast(1).ToList();
        return (ring.Average(c => c.Lat), ring.Average(c => c.Lon));
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

    /// <summary>
    /// Reads a resource while the cluster re-forms after a silo kill: until it answers 200 the only acceptable answer
    /// is 503 "try again" (a client timeout is tolerated too, as a device would retry); a 500 or anything else fails.
    /// </summary>
    public static async Task<JsonElement> ReadThroughFailover(HttpClient http, string path, int timeoutMs = 60_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode) return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
                if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable)
                    Xunit.Assert.Fail($"GET {path} during failover answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Xunit.Assert.True(response.Headers.RetryAfter is not null, $"GET {path} answered 503 without Retry-After");
            }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) Xunit.Assert.Fail($"GET {path} still not answering 200 after {timeoutMs} ms of failover");
            await Task.Delay(100);
        }
    }

    /// <summary>Posts an action as a device would while the cluster re-forms: a 503 "try again" is retried, anything else is the answer.</summary>
    public static async Task<HttpResponseMessage> PostThroughFailover(HttpClient http, string path, object body, int timeoutMs = 60_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var response = await http.PostAsJsonAsync(path, body);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline) return response;
            response.Dispose();
            await Task.Delay(100);
        }
    }

    public static object Fix(double lat, double lon, DateTimeOffset at) => new { lat, lon, accuracy = 6.0, deviceTime = at };
}
