using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>Open311 GeoReport v2 over the same incidents, checked against the standard's field names.</summary>
public class Open311Tests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    const string Key = "demo-open311-key";
    static int _spread;

    Task<(double Lat, double Lon)> PointIn(string townshipId) => gateway.SpreadIn(townshipId, Interlocked.Increment(ref _spread));

    static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    static FormUrlEncodedContent Request((double Lat, double Lon) at, string code = "littering", string key = Key) =>
        Form(("service_code", code), ("lat", at.Lat.ToString("R")), ("long", at.Lon.ToString("R")), ("description", "小区门口垃圾堆放多日"),
            ("api_key", key), ("address_string", "城东街道幸福路 3 号"), ("media_url", "https://example.org/photo.jpg"));

    [Fact]
    public async Task Services_are_the_category_catalogue_in_GeoReport_fields()
    {
        using var http = gateway.CreateClient();
        var services = await http.GetFromJsonAsync<List<JsonElement>>("/open311/v2/services.json");
        var vending = services!.Single(s => s.GetProperty("service_code").GetString() == "street-vending");
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], vending.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("占道经营", false, "realtime"), (vending.GetProperty("service_name").GetString(), vending.GetProperty("metadata").GetBoolean(), vending.GetProperty("type").GetString()));
        Assert.Contains("流动摊贩", vending.GetProperty("keywords").GetString());
        Assert.Equal(18, services!.Count);
    }

    [Fact]
    public async Task A_form_encoded_request_becomes_an_incident_and_reads_back_open_then_closed()
    {
        using var http = gateway.CreateClient();
        var created = await http.PostAsync("/open311/v2/requests.json", Request(await PointIn("T01")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var receipt = (await created.Content.ReadFromJsonAsync<List<JsonElement>>())!.Single();
        Assert.Equal(["service_request_id", "service_notice"], receipt.EnumerateObject().Select(p => p.Name));
        var id = receipt.GetProperty("service_request_id").GetString()!;

        using var county = await gateway.ClientFor("county");
        var incident = await county.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}");
        Assert.Equal(("littering", "hotline"), (incident.GetProperty("category").GetString(), incident.GetProperty("source").GetString()));

        var open = (await http.GetFromJsonAsync<List<JsonElement>>($"/open311/v2/requests/{id}.json"))!.Single();
        Assert.Equal(["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "requested_datetime", "updated_datetime", "lat", "long"],
            open.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("open", "littering", "乱堆乱放", "小区门口垃圾堆放多日"), (open.GetProperty("status").GetString(), open.GetProperty("service_code").GetString(),
            open.GetProperty("service_name").GetString(), open.GetProperty("description").GetString()));

        await county.PostAsJsonAsync($"/api/incidents/{id}/actions/reject", new { reason = "已由物业清理" });
        var closed = (await http.GetFromJsonAsync<List<JsonElement>>($"/open311/v2/requests/{id}.json"))!.Single();
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Contains("已由物业清理", closed.GetProperty("status_notes").GetString());
    }

    [Fact]
    public async Task A_JSON_request_is_accepted_too_and_a_second_one_at_the_same_place_is_merged_with_200()
    {
        using var http = gateway.CreateClient();
        var at = await PointIn("T02");
        var body = new { service_code = "cooking-fumes", lat = at.Lat, @long = at.Lon, description = "楼下餐馆油烟直排", api_key = Key };
        var first = await http.PostAsJsonAsync("/open311/v2/requests.json", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await http.PostAsJsonAsync("/open311/v2/requests.json", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<List<JsonElement>>())![0].GetProperty("service_request_id").GetString(),
            (await again.Content.ReadFromJsonAsync<List<JsonElement>>())![0].GetProperty("service_request_id").GetString());
    }

    [Fact]
    public async Task Errors_are_GeoReport_errors_and_change_nothing()
    {
        using var county = await gateway.ClientFor("county");
        var before = (await IncidentList.All(county)).Count;
        using var http = gateway.CreateClient();
        var at = await PointIn("T01");

        async Task Refused(HttpContent content, HttpStatusCode status, string mentions)
        {
            var response = await http.PostAsync("/open311/v2/requests.json", content);
            Assert.Equal(status, response.StatusCode);
            var error = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!.Single();
            Assert.Equal(["code", "description"], error.EnumerateObject().Select(p => p.Name));
            Assert.Equal((int)status, error.GetProperty("code").GetInt32());
            Assert.Contains(mentions, error.GetProperty("description").GetString());
        }
        await Refused(Request(at, key: "wrong"), HttpStatusCode.Forbidden, "api_key");
        await Refused(Request(at, key: "demo-hotline-key"), HttpStatusCode.Forbidden, "api_key");
        await Refused(Request(at, code: "noise"), HttpStatusCode.BadRequest, "service_code");
        await Refused(Request((30.25, 120.15)), HttpStatusCode.BadRequest, "lat/long");
        await Refused(Form(("service_code", "littering"), ("lat", "abc"), ("long", "119.9"), ("description", "x"), ("api_key", Key)), HttpStatusCode.BadRequest, "lat");
        await Refused(Form(("service_code", "littering"), ("lat", at.Lat.ToString("R")), ("long", at.Lon.ToString("R")), ("description", "x"), ("api_key", Key),
            ("media_url", "file:///etc/passwd")), HttpStatusCode.BadRequest, "media_url");
        await Refused(new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"), HttpStatusCode.BadRequest, "JSON");
        Assert.Equal(before, (await IncidentList.All(county)).Count);
    }

    [Fact]
    public async Task Only_requests_made_through_Open311_can_be_read_there()
    {
        using var grid = await gateway.ClientFor("grid");
        var at = await PointIn("T01");
        var report = await grid.PostAsJsonAsync("/api/incidents", new { category = "littering", description = "网格员上报", location = new { lat = at.Lat, lon = at.Lon } });
        var id = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var http = gateway.CreateClient();
        foreach (var path in new[] { $"/open311/v2/requests/{id}.json", "/open311/v2/requests/no-such.json" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(404, (await response.Content.ReadFromJsonAsync<List<JsonElement>>())![0].GetProperty("code").GetInt32());
        }
    }
}
