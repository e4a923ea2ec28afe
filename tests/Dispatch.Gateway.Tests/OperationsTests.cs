using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public class OperationsTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Health_answers_live_and_ready()
    {
        using var http = gateway.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_public_routes()
    {
        using var http = gateway.CreateClient();
        var doc = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/me", paths);
        Assert.Contains("/api/county", paths);
        Assert.Contains("/api/officers", paths);
        Assert.Contains("/api/officers/{id}", paths);
        Assert.Contains("/api/categories", paths);
        Assert.Contains("/api/incidents", paths);
        Assert.Contains("/api/incidents/{id}", paths);
        Assert.Contains("/api/incidents/{id}/timeline", paths);
        Assert.Contains("/api/incidents/{id}/recommendations", paths);
        Assert.Contains("/api/incidents/{id}/actions/{action}", paths);
    }

    static string? ResponseRef(JsonElement doc, string path, string method, string status = "200")
    {
        var schema = doc.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status)
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        return schema.TryGetProperty("items", out var items)
            ? "[]" + items.GetProperty("$ref").GetString()
            : schema.GetProperty("$ref").GetString();
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_what_the_incident_routes_answer_with_exact_types()
    {
        using var http = gateway.CreateClient();
        var doc = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        const string s = "#/components/schemas/";
        Assert.Equal(s + "IncidentPageView", ResponseRef(doc, "/api/incidents", "get"));
        Assert.Equal(s + "IncidentView", ResponseRef(doc, "/api/incidents", "post", "201"));
        Assert.Equal(s + "IncidentView", ResponseRef(doc, "/api/incidents/{id}", "get"));
        Assert.Equal("[]" + s + "TimelineView", ResponseRef(doc, "/api/incidents/{id}/timeline", "get"));
        Assert.Equal("[]" + s + "Recommendation", ResponseRef(doc, "/api/incidents/{id}/recommendations", "get"));
        Assert.Equal(s + "IncidentView", ResponseRef(doc, "/api/incidents/{id}/actions/{action}", "post"));
        Assert.Equal(s + "EvidenceView", ResponseRef(doc, "/api/incidents/{id}/evidence", "post", "201"));
        Assert.Equal("[]" + s + "IncidentCategory", ResponseRef(doc, "/api/categories", "get"));
        Assert.Equal(s + "CountyView", ResponseRef(doc, "/api/county", "get"));
        Assert.Equal(s + "MeResponse", ResponseRef(doc, "/api/me", "get"));

        var schemas = doc.GetProperty("components").GetProperty("schemas");
        // Enums are string enums of camelCase names, with nothing leaked into them from one property.
        var priority = schemas.GetProperty("Priority");
        Assert.Equal("string", priority.GetProperty("type").GetString());
        Assert.Equal(["urgent", "high", "normal", "low"], priority.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.False(priority.TryGetProperty("default", out _));
        Assert.Equal(["reminder", "zone", "county"], schemas.GetProperty("EscalationLevel").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("zoneDispatcher", schemas.GetProperty("Role").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("sendBack", schemas.GetProperty("IncidentAction").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(s + "IncidentAction", schemas.GetProperty("IncidentView").GetProperty("properties").GetProperty("availableActions")
            .GetProperty("items").GetProperty("$ref").GetString());

        // The timeline's data: every field always present (null when absent), numbers as numbers, enums by reference.
        var data = schemas.GetProperty("TimelineData");
        var properties = data.GetProperty("properties");
        Assert.Equal(properties.EnumerateObject().Select(p => p.Name).Order(), data.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order());
        foreach (var field in new[] { "officerId", "replaces", "outsideDepartment", "result", "evidenceIds", "accepted", "comment", "score", "minutes",
                     "deadlineKind", "level", "due", "source", "requestedSource", "priority", "requestedPriority", "description", "evidenceId", "contentType" })
            Assert.True(properties.TryGetProperty(field, out _), $"TimelineData.{field}");
        Assert.Equal(["null", "integer"], properties.GetProperty("minutes").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["null", "integer"], properties.GetProperty("score").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["null", "boolean"], properties.GetProperty("accepted").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains(properties.GetProperty("deadlineKind").GetProperty("oneOf").EnumerateArray(),
            o => o.TryGetProperty("$ref", out var r) && r.GetString() == s + "DeadlineKind");
    }

    [Fact]
    public async Task The_document_the_build_wrote_for_the_console_is_the_one_the_gateway_serves()
    {
        var written = Path.Combine(Repo.Root, "web-console", "src", "api", "generated", "openapi.json");
        Assert.True(File.Exists(written), $"{written} is written by building the gateway");
        using var http = gateway.CreateClient();
        var served = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var built = JsonDocument.Parse(await File.ReadAllTextAsync(written)).RootElement;
        Assert.Equal(JsonSerializer.Serialize(served.GetProperty("paths")), JsonSerializer.Serialize(built.GetProperty("paths")));
        Assert.Equal(JsonSerializer.Serialize(served.GetProperty("components")), JsonSerializer.Serialize(built.GetProperty("components")));
    }

    [Fact]
    public async Task System_tells_every_page_it_runs_embedded_with_data_in_memory()
    {
        using var http = gateway.CreateClient();
        var system = await http.GetFromJsonAsync<JsonElement>("/api/system");
        Assert.Equal("embedded", system.GetProperty("mode").GetString());
        Assert.Equal("memory", system.GetProperty("persistence").GetString());
        Assert.True(system.GetProperty("demo").GetBoolean());
    }
}
