using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Gateway.Tests;

/// <summary>The enterprise directory over the API: the planner imports all or nothing, and a dry run changes nothing.</summary>
public class EnterpriseApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    const string Header = "creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours";

    static string Code(int n) => $"91331102MA3{n:000000}" is var first17 ? first17 + CreditCode.CheckCharacter(first17) : "";

    async Task<string> Line(int n, string grade = "B")
    {
        using var county = await gateway.ClientFor("county");
        var ring = (await county.GetFromJsonAsync<JsonElement>("/api/county")).GetProperty("townships")[0].GetProperty("outline").GetProperty("coordinates")[0]
            .EnumerateArray().SkipLast(1).Select(c => (Lon: c[0].GetDouble(), Lat: c[1].GetDouble())).ToList();
        var (lat, lon) = (ring.Average(c => c.Lat), ring.Average(c => c.Lon));
        return $"{Code(n)},城东测试企业{n},餐饮服务,T01,{lat.ToString(CultureInfo.InvariantCulture)},{lon.ToString(CultureInfo.InvariantCulture)},low,{grade},false,11:00-13:00";
    }

    static MultipartFormDataContent Csv(params string[] lines) =>
        new() { { new StringContent(string.Join("\n", [Header, .. lines]) + "\n", System.Text.Encoding.UTF8, "text/csv"), "file", "directory.csv" } };

    [Fact]
    public async Task The_planner_imports_the_directory_all_or_nothing()
    {
        using var planner = await gateway.ClientFor("planner");
        var (first, second) = (await Line(1), await Line(2));

        var dry = await planner.PostAsync("/api/enterprises/import?dryRun=true", Csv(first, second));
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Equal(2, (await dry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/api/enterprises/{Code(1)}")).StatusCode); // a dry run keeps nothing

        var bad = await planner.PostAsync("/api/enterprises/import", Csv(first, second.Replace(",B,", ",E,"), "not,enough,columns"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("rows").EnumerateArray(), r => r.GetProperty("row").GetInt32() == 3 && r.GetProperty("field").GetString() == "creditGrade");
        Assert.Contains(problem.GetProperty("rows").EnumerateArray(), r => r.GetProperty("row").GetInt32() == 4);
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/api/enterprises/{Code(1)}")).StatusCode); // the good row was not kept either

        var done = await (await planner.PostAsync("/api/enterprises/import", Csv(first, second))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        var again = await (await planner.PostAsync("/api/enterprises/import", Csv(await Line(1, grade: "D")))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 1), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        var read = await planner.GetFromJsonAsync<JsonElement>($"/api/enterprises/{Code(1)}");
        Assert.Equal(("D", "11:00-13:00", "T01"), (read.GetProperty("creditGrade").GetString(), read.GetProperty("peakHours").GetString(), read.GetProperty("townshipId").GetString()));

        var missingColumn = await planner.PostAsync("/api/enterprises/import",
            new MultipartFormDataContent { { new StringContent("creditCode,name\nx,y\n", System.Text.Encoding.UTF8, "text/csv"), "file", "x.csv" } });
        Assert.Equal(HttpStatusCode.BadRequest, missingColumn.StatusCode);
    }

    [Fact]
    public async Task The_demo_directory_holds_about_two_thousand_valid_enterprises_and_a_township_sees_only_its_own()
    {
        using var planner = await gateway.ClientFor("planner");
        using var township = await gateway.ClientFor("township");
        var t01 = await planner.GetFromJsonAsync<List<JsonElement>>("/api/enterprises?townshipId=T01");
        Assert.Equal(DemoEnterprises.PerTownship, t01!.Count(e => e.GetProperty("name").GetString()!.StartsWith("城东街道", StringComparison.Ordinal)));
        Assert.All(t01!, e => Assert.True(CreditCode.IsValid(e.GetProperty("creditCode").GetString())));
        var seen = await township.GetFromJsonAsync<List<JsonElement>>("/api/enterprises");
        Assert.All(seen!, e => Assert.Equal("T01", e.GetProperty("townshipId").GetString()));
        Assert.NotEmpty(seen!);
    }
}
