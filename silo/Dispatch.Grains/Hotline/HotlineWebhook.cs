using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Hotline;

/// <summary>Posts a result to the hotline system's webhook. One pooled HttpClient per silo.</summary>
public sealed class HotlineWebhook(HotlineSettings settings)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = settings.WebhookTimeout };

    public bool Configured => !string.IsNullOrWhiteSpace(settings.WebhookUrl);

    /// <returns>null when the hotline system accepted it (2xx), else what went wrong</returns>
    public async Task<string?> Send(HotlineResult result)
    {
        try
        {
            using var response = await _http.PostAsJsonAsync(settings.WebhookUrl, result, Json);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e is TaskCanceledException ? "超时" : e.Message;
        }
    }
}
