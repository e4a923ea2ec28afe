using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Cluster.Tests;

public partial class IncidentDurabilityTests
{
    [Fact]
    public async Task A_joint_inspection_its_draw_code_and_results_survive_the_loss_of_every_silo_that_held_them()
    {
        var cluster = fixture.Cluster;
        var gateway = cluster.Gateways[0].Url;
        using var planner = await Api.Http(gateway, "planner");
        using var county = await Api.Http(gateway, "county");
        var enterprise = (await county.GetFromJsonAsync<List<JsonElement>>("/api/enterprises?townshipId=T06"))![2].GetProperty("id").GetString()!;
        foreach (var (department, item) in new[] { ("scjg", "scjg-pricing"), ("wsjk", "wsjk-public-hygiene") })
            (await planner.PostAsJsonAsync("/api/inspections/plans", new
            {
                departmentId = department, year = 2040,
                items = new[] { new { itemCode = item, target = new { enterpriseIds = new[] { enterprise } }, period = "2040-Q2" } },
            })).EnsureSuccessStatusCode();
        var run = await (await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = 2040, period = "2040-Q2" })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = run.GetProperty("id").GetString()!;
        var taskId = run.GetProperty("tasks")[0].GetProperty("id").GetString()!;
        using var drawn = await planner.PostAsJsonAsync("/api/inspections/draws", new { runId, inspectorsPerVisit = 2 });
        Assert.Equal(HttpStatusCode.Created, drawn.StatusCode);
        var draw = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        var drawId = draw.GetProperty("id").GetString()!;
        var inspectorId = draw.GetProperty("result")[0].GetProperty("inspectorIds")[0].GetString()!;
        var inspectorCode = (await county.GetFromJsonAsync<JsonElement>($"/api/officers/{inspectorId}")).GetProperty("code").GetString()!;
        using var inspector = await Api.Http(gateway, inspectorCode);
        (await inspector.PostAsJsonAsync($"/api/inspections/tasks/{taskId}/results",
            new { items = new[] { new { itemCode = "scjg-pricing", outcome = "pass", note = "", evidenceIds = Array.Empty<string>() } } })).EnsureSuccessStatusCode();
        var code = (await planner.GetFromJsonAsync<List<JsonElement>>($"/api/inspections/tasks?runId={runId}"))![0].GetProperty("code").GetString()!;

        // Every silo that was up is replaced: whatever held these grains is gone (the other tests of this class share the cluster).
        await cluster.LoseEverySilo();

        var tasks = await Api.ReadThroughFailover(planner, $"/api/inspections/tasks?runId={runId}");
        var task = Assert.Single(tasks.EnumerateArray());
        Assert.Equal("inspected", task.GetProperty("status").GetString());
        Assert.Equal(code, task.GetProperty("code").GetString());
        Assert.Equal("scjg-pricing", Assert.Single(task.GetProperty("results").EnumerateArray()).GetProperty("itemCode").GetString());
        var verdict = await Api.ReadThroughFailover(county, $"/api/inspections/draws/{drawId}/verify");
        Assert.True(verdict.GetProperty("match").GetBoolean(), verdict.GetProperty("details").GetString());
        using var anonymous = new HttpClient { BaseAddress = gateway };
        var page = await Api.ReadThroughFailover(anonymous, $"/api/public/inspections/{code}");
        Assert.Equal("inspected", page.GetProperty("status").GetString());
        var runs = await Api.ReadThroughFailover(planner, "/api/inspections/planner/runs?year=2040");
        Assert.Contains(runs.EnumerateArray(), r => r.GetProperty("id").GetString() == runId);

        // The inspector carries on from the state read back from Redis.
        using var rest = await Api.PostThroughFailover(inspector, $"/api/inspections/tasks/{taskId}/results",
            new { items = new[] { new { itemCode = "wsjk-public-hygiene", outcome = "pass", note = "", evidenceIds = Array.Empty<string>() } } });
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        using var published = await Api.PostThroughFailover(inspector, $"/api/inspections/tasks/{taskId}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }
}
