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
