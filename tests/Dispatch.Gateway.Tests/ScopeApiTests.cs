using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

public class ScopeApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    async Task<List<JsonElement>> Officers(string username, string query = "")
    {
        using var http = await gateway.ClientFor(username);
        return (await http.GetFromJsonAsync<List<JsonElement>>("/api/officers" + query))!;
    }

    [Fact]
    public async Task A_zone_dispatcher_lists_only_the_officers_of_its_zone()
    {
        var officers = await Officers("dispatcher");
        Assert.Equal(100, officers.Count);
        Assert.All(officers, o => Assert.Equal("Z1", o.GetProperty("zoneId").GetString()));
        var first = officers[0];
        foreach (var field in new[] { "id", "code", "name", "departmentId", "townshipId", "zoneId", "status", "position" })
            Assert.True(first.TryGetProperty(field, out _), $"missing {field}");
    }

    [Fact]
    public async Task The_county_commander_and_the_auditor_see_every_officer()
    {
        Assert.Equal(300, (await Officers("county")).Count);
        Assert.Equal(300, (await Officers("auditor")).Count);
    }

    [Fact]
    public async Task A_department_desk_sees_its_department_across_the_county()
    {
        var officers = await Officers("desk");
        Assert.Equal(48, officers.Count); // 4 market-regulation officers in each of 12 townships
        Assert.All(officers, o => Assert.Equal("scjg", o.GetProperty("departmentId").GetString()));
    }

    [Fact]
    public async Task Township_staff_see_the_officers_stationed_in_their_township()
    {
        var officers = await Officers("township");
        Assert.Equal(25, officers.Count);
        Assert.All(officers, o => Assert.Equal("T01", o.GetProperty("townshipId").GetString()));
    }

    [Fact]
    public async Task Filters_narrow_the_list()
    {
        var offDutyMarket = await Officers("county", "?zoneId=Z2&departmentId=scjg&status=offDuty");
        Assert.Equal(16, offDutyMarket.Count); // nobody is on duty: the simulator is off in tests
        Assert.All(offDutyMarket, o => Assert.Equal("Z2", o.GetProperty("zoneId").GetString()));
    }

    [Fact]
    public async Task An_unknown_status_is_a_validation_problem()
    {
        using var http = await gateway.ClientFor("county");
        var response = await http.GetAsync("/api/officers?status=sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task A_zone_dispatcher_asking_for_another_zone_is_forbidden()
    {
        using var http = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/officers?zoneId=Z2")).StatusCode);
    }

    [Theory]
    [InlineData("officer")]
    [InlineData("grid")]
    [InlineData("admin")]
    public async Task Roles_without_a_console_cannot_list_officers(string username)
    {
        using var http = await gateway.ClientFor(username);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/officers")).StatusCode);
    }

    [Fact]
    public async Task An_officer_reads_itself_but_no_other_officer()
    {
        using var http = await gateway.ClientFor("officer");
        var me = await http.GetFromJsonAsync<JsonElement>("/api/officers/O0001");
        Assert.Equal("ZF00001", me.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/officers/O0002")).StatusCode);
    }

    [Fact]
    public async Task A_zone_dispatcher_cannot_read_an_officer_of_another_zone()
    {
        using var http = await gateway.ClientFor("dispatcher");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/officers/O0001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/officers/O0150")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/officers/O9999")).StatusCode);
    }

    [Fact]
    public async Task The_county_map_shows_a_dispatcher_its_zone_and_township_staff_their_township()
    {
        using var dispatcher = await gateway.ClientFor("dispatcher");
        var county = await dispatcher.GetFromJsonAsync<JsonElement>("/api/county");
        var townships = county.GetProperty("townships").EnumerateArray().ToList();
        Assert.Equal(4, townships.Count);
        Assert.All(townships, t => Assert.Equal("Z1", t.GetProperty("zoneId").GetString()));
        Assert.Equal("Polygon", townships[0].GetProperty("outline").GetProperty("type").GetString());
        Assert.Equal(20, county.GetProperty("grids").GetArrayLength());
        Assert.Equal(9, county.GetProperty("departments").GetArrayLength());

        using var township = await gateway.ClientFor("township");
        var mine = await township.GetFromJsonAsync<JsonElement>("/api/county");
        Assert.Equal(["T01"], mine.GetProperty("townships").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
    }
}
