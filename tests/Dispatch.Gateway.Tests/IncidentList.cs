using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>GET /api/incidents followed to its last page, as a client that wants every item does.</summary>
static class IncidentList
{
    public static async Task<List<JsonElement>> All(HttpClient http, string query = "", int limit = 200)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var sep = query.Length > 0 ? "&" : "";
            var page = await http.GetFromJsonAsync<JsonElement>($"/api/incidents?{query}{sep}limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            if (page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null) return items;
            cursor = page.GetProperty("nextCursor").GetString();
        }
        throw new InvalidOperationException("the list did not end within 1000 pages");
    }
}
