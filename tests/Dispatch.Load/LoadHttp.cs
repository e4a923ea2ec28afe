using System.Text.Json;

namespace Dispatch.Load;

/// <summary>What every REST client of the tool shares: how its HttpClient is set up and how a problem answer is read.</summary>
public static class LoadHttp
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A pooled client with a 10 s connect timeout and the given overall timeout.</summary>
    public static HttpClient Client(TimeSpan timeout) => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { Timeout = timeout };

    /// <summary>The problem's title (and first validation error), short enough to group failures by.</summary>
    public static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var doc = JsonDocument.Parse(text);
            var title = doc.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
            if (doc.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
                foreach (var e in errors.EnumerateObject())
                    return $"{title} ({e.Name}: {e.Value.EnumerateArray().FirstOrDefault()})";
            return title ?? text;
        }
        catch (JsonException)
        {
            return text.Length > 120 ? text[..120] + "…" : text;
        }
    }
}
