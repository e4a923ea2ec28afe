using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// The inspector directory import on a gateway of its own (an imported directory changes every later draw): bad rows are
/// all reported and nothing is imported; once imported, draws take only the directory's officers, never its grid workers
/// or auxiliary staff, and honour its standing recusals.
/// </summary>
public class InspectorDirectoryApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly JsonSerializerOptions Json = Client.Json;
    const string Header = "certificateNo,name,departmentId,qualifications,staffKind,recusals\n";

    static MultipartFormDataContent Csv(string body) =>
        new() { { new StringContent(Header + body, System.Text.Encoding.UTF8, "text/csv"), "file", "inspectors.csv" } };

    static async Task<JsonElement> Answer(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    [Fact]
    public async Task Draws_take_only_the_imported_officers_and_their_standing_recusals()
    {
        using var planner = await gateway.ClientFor("planner");
        using var county = await gateway.ClientFor("county");
        var scjg = (await county.GetFromJsonAsync<List<JsonElement>>("/api/officers?departmentId=scjg", Json))!.Take(3).ToList();
        var wsjk = (await county.GetFromJsonAsync<List<JsonElement>>("/api/officers?departmentId=wsjk", Json))!.Take(2).ToList();
        var enterprises = (await county.GetFromJsonAsync<List<JsonElement>>("/api/enterprises?townshipId=T05", Json))!;
        var enterprise = enterprises[0].GetProperty("id").GetString()!;
        string Code(JsonElement o) => o.GetProperty("code").GetString()!;

        var bad = await Answer(await planner.PostAsync("/api/inspectors/import",
            Csv($"{Code(scjg[0])},甲,scjg,scjg.1,officer,\n{Code(scjg[0])},甲,scjg,scjg.1,officer,\nZF99999,乙,scjg,scjg.1,officer,\n{Code(wsjk[0])},丙,scjg,scjg.1,officer,\nG-1,丁,scjg,,teacher,\nA-1,戊,nowhere,,auxiliary,1234\n")),
            HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())).ToList();
        Assert.Contains((3, "certificateNo"), fields);   // repeated
        Assert.Contains((4, "certificateNo"), fields);   // not a county officer
        Assert.Contains((5, "certificateNo"), fields);   // another department's officer
        Assert.Contains((6, "staffKind"), fields);
        Assert.Contains((7, "departmentId"), fields);
        Assert.Contains((7, "recusals"), fields);
        Assert.Equal("county", (await planner.GetFromJsonAsync<List<JsonElement>>("/api/inspectors", Json))![0].GetProperty("source").GetString());

        // scjg[0] always steps aside from the enterprise: with it, two scjg officers, two wsjk officers and a grid worker listed.
        var csv = $"{Code(scjg[0])},甲,scjg,scjg.1,officer,{enterprise}\n{Code(scjg[1])},乙,scjg,scjg.1,officer,\n{Code(scjg[2])},丙,scjg,scjg.1,officer,\n" +
                  $"{Code(wsjk[0])},丁,wsjk,wsjk.1,officer,\n{Code(wsjk[1])},戊,wsjk,wsjk.1,officer,\nG-T05-1,网格员己,scjg,scjg.1,gridWorker,\n";
        var done = await Answer(await planner.PostAsync("/api/inspectors/import", Csv(csv)));
        Assert.Equal(6, done.GetProperty("imported").GetInt32());
        var pool = (await planner.GetFromJsonAsync<List<JsonElement>>("/api/inspectors", Json))!;
        Assert.Equal(6, pool.Count);
        Assert.All(pool, i => Assert.Equal("import", i.GetProperty("source").GetString()));

        foreach (var (department, item) in new[] { ("scjg", "scjg-food-license"), ("wsjk", "wsjk-public-hygiene") })
            await Answer(await planner.PostAsJsonAsync("/api/inspections/plans", new
            {
                departmentId = department, year = 2039,
                items = new[] { new { itemCode = item, target = new { enterpriseIds = new[] { enterprise } }, period = "2039-Q1" } },
            }));
        var run = await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = 2039, period = "2039-Q1" }), HttpStatusCode.Created);
        var draw = await Answer(await planner.PostAsJsonAsync("/api/inspections/draws", new { runId = run.GetProperty("id").GetString(), inspectorsPerVisit = 4 }), HttpStatusCode.Created);
        var drawn = Assert.Single(draw.GetProperty("result").EnumerateArray()).GetProperty("inspectorIds").EnumerateArray().Select(i => i.GetString()!).ToHashSet();
        // Four places, and exactly four who may take them: the grid worker and the recused officer never do.
        var eligible = new[] { scjg[1], scjg[2], wsjk[0], wsjk[1] }.Select(o => o.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(eligible, drawn);
        Assert.Equal(5, draw.GetProperty("poolSize").GetInt32()); // the grid worker is left out before the pool is frozen
    }
}
