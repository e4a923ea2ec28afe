using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// A joint inspection's course over the public contract: two departments' desks file plans naming the same enterprise,
/// the office runs the planner (one visit), draws inspectors (the drawn inspectors' devices get inspectionTaskOffered on
/// the real SignalR client), the draw verifies, the public code page shows only what it should, the inspector records
/// and publishes results, the enterprise rates once, the indicators move. Bad input changes nothing.
/// </summary>
public class InspectionApiTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly JsonSerializerOptions Json = Client.Json;

    static async Task<JsonElement> Answer(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    async Task<string> EnterpriseIn(string township, int index)
    {
        using var county = await gateway.ClientFor("county");
        var list = await county.GetFromJsonAsync<List<JsonElement>>($"/api/enterprises?townshipId={township}", Json);
        return list![index].GetProperty("id").GetString()!;
    }

    static object Plan(string department, string item, string enterprise, string period) => new
    {
        departmentId = department, year = int.Parse(period[..4]),
        items = new[] { new { itemCode = item, target = new { enterpriseIds = new[] { enterprise } }, period } },
    };

    [Fact]
    public async Task Two_departments_plans_merge_into_one_visit_that_is_drawn_pushed_inspected_published_rated_and_counted()
    {
        const string period = "2034-Q2";
        var enterprise = await EnterpriseIn("T02", 3);
        using var scjg = await gateway.ClientFor("desk-scjg");
        using var yjgl = await gateway.ClientFor("desk-yjgl");
        using var planner = await gateway.ClientFor("planner");
        await Answer(await scjg.PostAsJsonAsync("/api/inspections/plans", Plan("scjg", "scjg-pricing", enterprise, period)));
        await Answer(await yjgl.PostAsJsonAsync("/api/inspections/plans", Plan("yjgl", "yjgl-hazchem", enterprise, period)));

        var run = await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = 2034, period }), HttpStatusCode.Created);
        Assert.Equal(1, run.GetProperty("visitsPlanned").GetInt32());
        Assert.Equal(2, run.GetProperty("naiveVisits").GetInt32());
        Assert.Equal(1, run.GetProperty("lowerBound").GetInt32());
        Assert.Equal(0, run.GetProperty("violations").GetArrayLength());
        var task = Assert.Single(run.GetProperty("tasks").EnumerateArray());
        var taskId = task.GetProperty("id").GetString()!;
        Assert.Equal(["scjg", "yjgl"], task.GetProperty("departmentIds").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("planned", task.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, task.GetProperty("code").ValueKind);

        // Every qualified officer of the two departments could be drawn: each listens on its device, as in the field.
        using var county = await gateway.ClientFor("county");
        var candidates = new List<JsonElement>();
        foreach (var d in new[] { "scjg", "yjgl" })
            candidates.AddRange((await county.GetFromJsonAsync<List<JsonElement>>($"/api/officers?departmentId={d}", Json))!);
        var offers = new ConcurrentDictionary<string, JsonElement>();
        var devices = await Task.WhenAll(candidates.Select(async o =>
        {
            var device = await gateway.Hub("/hubs/field", o.GetProperty("code").GetString()!);
            var id = o.GetProperty("id").GetString()!;
            device.On<JsonElement>("inspectionTaskOffered", e => { offers[id] = e; });
            await device.StartAsync();
            return device;
        }));
        try
        {
            var draw = await Answer(await planner.PostAsJsonAsync("/api/inspections/draws", new { taskIds = new[] { taskId }, inspectorsPerVisit = 2 }), HttpStatusCode.Created);
            var drawn = Assert.Single(draw.GetProperty("result").EnumerateArray()).GetProperty("inspectorIds").EnumerateArray().Select(i => i.GetString()!).ToList();
            Assert.Equal(2, drawn.Count);
            Assert.Matches("^[0-9a-f]{64}$", draw.GetProperty("seed").GetString()!);
            Assert.Matches("^[0-9a-f]{64}$", draw.GetProperty("seedCommitment").GetString()!);
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromHexString(draw.GetProperty("seed").GetString()!))),
                draw.GetProperty("seedCommitment").GetString());
            var departments = drawn.Select(id => candidates.Single(c => c.GetProperty("id").GetString() == id).GetProperty("departmentId").GetString()).Order().ToList();
            Assert.Equal(["scjg", "yjgl"], departments);

            await Eventually.True(() => drawn.All(offers.ContainsKey), "each drawn inspector's device got inspectionTaskOffered");
            var offer = offers[drawn[0]];
            Assert.Equal(taskId, offer.GetProperty("taskId").GetString());
            var code = offer.GetProperty("code").GetString()!;
            Assert.Equal(2, offer.GetProperty("items").GetArrayLength());
            Assert.Equal(drawn.Count, offers.Count); // nobody else heard of it

            var verdict = await Answer(await county.GetAsync($"/api/inspections/draws/{draw.GetProperty("id").GetString()}/verify"));
            Assert.True(verdict.GetProperty("match").GetBoolean(), verdict.GetProperty("details").GetString());

            // The code page: anonymous, exactly the contract's fields.
            using var anonymous = gateway.CreateClient();
            var page = await Answer(await anonymous.GetAsync($"/api/public/inspections/{code}"));
            Assert.Equal(["departments", "enterpriseName", "inspectors", "items", "legalBasis", "plannedDate", "status"],
                page.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal("drawn", page.GetProperty("status").GetString());
            Assert.Equal(2, page.GetProperty("inspectors").GetArrayLength());
            Assert.All(page.GetProperty("inspectors").EnumerateArray(), i => Assert.Equal(["certificateNo", "name"], i.EnumerateObject().Select(p => p.Name).Order()));
            Assert.Contains("市场监督管理局", page.GetProperty("departments").EnumerateArray().Select(d => d.GetString()));
            Assert.Equal(2, page.GetProperty("legalBasis").GetArrayLength());
            await Answer(await anonymous.PostAsJsonAsync($"/api/public/inspections/{code}/rating", new { score = 5 }), HttpStatusCode.Conflict);

            // Results: only a drawn inspector; publish only once every item has one.
            using var inspector = await gateway.ClientFor(candidates.Single(c => c.GetProperty("id").GetString() == drawn[0]).GetProperty("code").GetString()!);
            var results = $"/api/inspections/tasks/{taskId}/results";
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = "scjg-pricing", outcome = "problem", note = "", evidenceIds = Array.Empty<string>() } } }), HttpStatusCode.BadRequest);
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new object?[] { null } }), HttpStatusCode.BadRequest);
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = new string('x', 100_000), outcome = "pass" } } }), HttpStatusCode.BadRequest);
            var afterOne = await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = "scjg-pricing", outcome = "pass", note = "", evidenceIds = Array.Empty<string>() } } }));
            Assert.Equal("inspected", afterOne.GetProperty("status").GetString());
            await Answer(await inspector.PostAsync($"/api/inspections/tasks/{taskId}/publish", null), HttpStatusCode.Conflict);
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = "yjgl-hazchem", outcome = "problem", note = "储存区未设警示标志", evidenceIds = new[] { "photo-1" } } } }), HttpStatusCode.BadRequest);
            var photo = await Answer(await inspector.PostAsync($"/api/inspections/tasks/{taskId}/evidence", AuthorisationFixture.Photo()), HttpStatusCode.Created);
            var photoId = photo.GetProperty("id").GetString()!;
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = "yjgl-hazchem", outcome = "problem", note = "储存区未设警示标志", evidenceIds = new[] { photoId } } } }));
            using var photoBack = await county.GetAsync(photo.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, photoBack.StatusCode);
            Assert.Equal(AuthorisationFixture.Png, await photoBack.Content.ReadAsByteArrayAsync());
            using var otherOfficer = await gateway.ClientFor(candidates.First(c => !drawn.Contains(c.GetProperty("id").GetString()!)).GetProperty("code").GetString()!);
            await Answer(await otherOfficer.PostAsync($"/api/inspections/tasks/{taskId}/publish", null), HttpStatusCode.NotFound);
            var published = await Answer(await inspector.PostAsync($"/api/inspections/tasks/{taskId}/publish", null));
            Assert.Equal("published", published.GetProperty("status").GetString());
            Assert.False(published.GetProperty("publishOverdue").GetBoolean());
            await Answer(await inspector.PostAsJsonAsync(results, new { items = new[] { new { itemCode = "scjg-pricing", outcome = "pass" } } }), HttpStatusCode.Conflict);

            // The enterprise rates once; the page never shows the results.
            await Answer(await anonymous.PostAsJsonAsync($"/api/public/inspections/{code}/rating", new { score = 9 }), HttpStatusCode.BadRequest);
            await Answer(await anonymous.PostAsJsonAsync($"/api/public/inspections/{code}/rating", new { score = 4, comment = "检查规范" }), HttpStatusCode.NoContent);
            await Answer(await anonymous.PostAsJsonAsync($"/api/public/inspections/{code}/rating", new { score = 1 }), HttpStatusCode.Conflict);
            var pageAfter = await Answer(await anonymous.GetAsync($"/api/public/inspections/{code}"));
            Assert.Equal("published", pageAfter.GetProperty("status").GetString());
            Assert.DoesNotContain("储存区", pageAfter.GetRawText());

            // The directory shows the visit in the enterprise's history.
            var history = await Answer(await county.GetAsync($"/api/enterprises/{enterprise}"));
            var visit = Assert.Single(history.GetProperty("inspections").EnumerateArray(), v => v.GetProperty("taskId").GetString() == taskId);
            Assert.Equal("published", visit.GetProperty("status").GetString());

            // Indicators over the quarter: one joint visit of two checks, one visit saved, all with a code, published on time.
            var figures = await Answer(await planner.GetAsync("/api/indicators?scope=county&from=2034-04-01&to=2034-06-30"));
            Assert.Equal(1, figures.GetProperty("visits").GetInt32());
            Assert.Equal(2, figures.GetProperty("checks").GetInt32());
            Assert.Equal(1, figures.GetProperty("visitsSaved").GetInt32());
            Assert.Equal(1.0, figures.GetProperty("jointRate").GetDouble());
            Assert.Equal(1.0, figures.GetProperty("codeRate").GetDouble());
            Assert.Equal(1.0, figures.GetProperty("publishedOnTimeRate").GetDouble());
            Assert.Equal(1.0, figures.GetProperty("plannedRate").GetDouble());
            Assert.Equal(0.0, figures.GetProperty("repeatRate").GetDouble());
            using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/indicators?scope=department&id=yjgl&from=2034-04-01&to=2034-06-30");
            csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
            using var csv = await planner.SendAsync(csvRequest);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("scope,id,from,to,visits,checks,jointRate,visitsSaved,plannedRate,repeatRate,jointInspectionRate,codeRate,publishedOnTimeRate", lines[0]);
            Assert.StartsWith("department,yjgl,2034-04-01,2034-06-30,1,1,1,", lines[1]);
        }
        finally
        {
            foreach (var d in devices) await d.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_out_of_plan_check_filed_too_late_is_refused_queued_and_taken_into_the_next_run()
    {
        var enterprise = await EnterpriseIn("T03", 5);
        using var desk = await gateway.ClientFor("desk-sthj");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var refused = await Answer(await desk.PostAsJsonAsync("/api/inspections/adhoc",
            new { departmentId = "sthj", enterpriseId = enterprise, itemCode = "sthj-dust", plannedDate = today }), HttpStatusCode.Conflict);
        Assert.Equal("queued", refused.GetProperty("filing").GetProperty("status").GetString());
        Assert.Contains("提前 5 天", refused.GetProperty("detail").GetString());
        // An exempt check (of another enterprise: an allowed check counts against the yearly cap of its item) goes ahead.
        var exempt = await Answer(await desk.PostAsJsonAsync("/api/inspections/adhoc",
            new { departmentId = "sthj", enterpriseId = await EnterpriseIn("T03", 6), itemCode = "sthj-dust", plannedDate = today, exemption = "environmentSafety" }), HttpStatusCode.Created);
        Assert.Equal("allowed", exempt.GetProperty("status").GetString());
        await Answer(await desk.PostAsJsonAsync("/api/inspections/adhoc",
            new { departmentId = "sthj", enterpriseId = enterprise, itemCode = "sthj-dust", plannedDate = today, exemption = "whenever" }), HttpStatusCode.BadRequest);
        await Answer(await desk.PostAsJsonAsync("/api/inspections/adhoc",
            new { departmentId = "sthj", enterpriseId = enterprise, itemCode = "scjg-pricing", plannedDate = today, exemption = "environmentSafety" }), HttpStatusCode.BadRequest);

        // The next run of a quarter reaching the date takes the queued check in as a named check of 生态环境.
        var chinaToday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var period = $"{chinaToday.Year}-Q{(chinaToday.Month + 2) / 3}";
        using var planner = await gateway.ClientFor("planner");
        var run = await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = chinaToday.Year, period }), HttpStatusCode.Created);
        Assert.Contains(refused.GetProperty("filing").GetProperty("id").GetString(), run.GetProperty("adhocTaken").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(run.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("enterpriseId").GetString() == enterprise
            && t.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("itemCode").GetString() == "sthj-dust"));
        var filings = await planner.GetFromJsonAsync<List<JsonElement>>("/api/inspections/adhoc", Json);
        Assert.Equal("planned", filings!.Single(f => f.GetProperty("id").GetString() == refused.GetProperty("filing").GetProperty("id").GetString()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_plans_and_runs_are_refused_with_field_errors_and_change_nothing()
    {
        using var planner = await gateway.ClientFor("planner");
        var before = await planner.GetStringAsync("/api/inspections/plans?year=2035");
        var bad = new object?[]
        {
            null,
            new { departmentId = "scjg", year = 2035 },
            new { departmentId = "nobody", year = 2035, items = new[] { new { itemCode = "scjg-pricing", target = new { ratioByGrade = new { A = 0.1 } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = "yjgl-hazchem", target = new { ratioByGrade = new { A = 0.1 } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = "scjg-pricing", target = new { ratioByGrade = new { A = 1.5 } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = "scjg-pricing", target = new { ratioByGrade = new { E = 0.1 } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = "scjg-pricing", target = new { ratioByGrade = new { A = 0.1 } }, period = "2036-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = "scjg-pricing", target = new { enterpriseIds = new[] { "91330000000000000X" } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new[] { new { itemCode = new string('a', 100_000), target = new { enterpriseIds = new string?[] { null } }, period = "2035-Q1" } } },
            new { departmentId = "scjg", year = 2035, items = new object?[] { null } },
        };
        foreach (var body in bad)
        {
            var problem = await Answer(await planner.PostAsJsonAsync("/api/inspections/plans", body), HttpStatusCode.BadRequest);
            Assert.True(problem.TryGetProperty("errors", out _), problem.GetRawText());
        }
        Assert.Equal(before, await planner.GetStringAsync("/api/inspections/plans?year=2035"));
        await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = 2035, period = "2036-Q1" }), HttpStatusCode.BadRequest);
        await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year = 2035 }), HttpStatusCode.BadRequest);
        await Answer(await planner.PostAsJsonAsync("/api/inspections/draws", new { runId = "R1", taskIds = new[] { "x" } }), HttpStatusCode.BadRequest);
        await Answer(await planner.PostAsJsonAsync("/api/inspections/draws", new { taskIds = new[] { "R2035Q1-1-0001" }, inspectorsPerVisit = 1 }), HttpStatusCode.BadRequest);
        await Answer(await planner.PostAsJsonAsync("/api/inspections/draws", new { taskIds = new[] { "R2035Q1-1-0001" }, recusals = new[] { new { officerId = "nobody", enterpriseId = "x" } } }), HttpStatusCode.BadRequest);
        await Answer(await planner.GetAsync("/api/indicators?scope=zone&id=Z9"), HttpStatusCode.BadRequest);
        await Answer(await planner.GetAsync("/api/indicators?from=2035-13-01"), HttpStatusCode.BadRequest);
        await Answer(await planner.GetAsync("/api/public/inspections/not-a-code"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lists_read_this_year_unless_asked_for_another_and_refuse_a_bad_year_with_problem_details()
    {
        const int year = 2039;
        var enterprise = await EnterpriseIn("T08", 2);
        using var planner = await gateway.ClientFor("planner");
        using var county = await gateway.ClientFor("county");
        await Answer(await planner.PostAsJsonAsync("/api/inspections/plans", Plan("zhzf", "zhzf-gas-operation", enterprise, $"{year}-Q3")));
        var runId = (await Answer(await planner.PostAsJsonAsync("/api/inspections/planner/runs", new { year, period = $"{year}-Q3" }), HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
        Assert.Equal($"R{year}Q3-1", runId);
        // Filed today for a day of that year: it belongs to the year of its planned date.
        var filingId = (await Answer(await planner.PostAsJsonAsync("/api/inspections/adhoc", new
        {
            departmentId = "zhzf", enterpriseId = enterprise, itemCode = "zhzf-gas-operation", plannedDate = $"{year}-01-20", exemption = "specialCampaign",
        }), HttpStatusCode.Created)).GetProperty("id").GetString()!;

        static bool Names(JsonElement list, string property, string value) => list.EnumerateArray().Any(x => x.GetProperty(property).GetString() == value);
        var thisYear = await Answer(await county.GetAsync("/api/inspections/plans"));
        Assert.DoesNotContain(thisYear.EnumerateArray(), p => p.GetProperty("year").GetInt32() == year);
        Assert.All((await Answer(await county.GetAsync($"/api/inspections/plans?year={year}"))).EnumerateArray(), p => Assert.Equal(year, p.GetProperty("year").GetInt32()));
        Assert.Contains((await Answer(await county.GetAsync($"/api/inspections/plans?year={year}"))).EnumerateArray(), p => p.GetProperty("departmentId").GetString() == "zhzf");
        Assert.False(Names(await Answer(await county.GetAsync("/api/inspections/planner/runs")), "id", runId));
        Assert.True(Names(await Answer(await county.GetAsync($"/api/inspections/planner/runs?year={year}")), "id", runId));
        Assert.False(Names(await Answer(await county.GetAsync("/api/inspections/adhoc")), "id", filingId));
        Assert.True(Names(await Answer(await county.GetAsync($"/api/inspections/adhoc?year={year}")), "id", filingId));
        Assert.False(Names(await Answer(await county.GetAsync("/api/inspections/tasks")), "runId", runId));
        Assert.True(Names(await Answer(await county.GetAsync($"/api/inspections/tasks?year={year}")), "runId", runId));
        Assert.False(Names(await Answer(await county.GetAsync($"/api/inspections/tasks?year={year + 1}")), "runId", runId));
        Assert.False(Names(await Answer(await county.GetAsync($"/api/inspections/tasks?runId={runId}&year={year + 1}")), "runId", runId));
        // An enterprise's visits and its page read every year.
        Assert.True(Names(await Answer(await county.GetAsync($"/api/inspections/tasks?enterpriseId={enterprise}")), "runId", runId));
        Assert.Contains((await Answer(await county.GetAsync($"/api/enterprises/{enterprise}"))).GetProperty("inspections").EnumerateArray(),
            v => v.GetProperty("taskId").GetString()!.StartsWith(runId + "-", StringComparison.Ordinal));

        foreach (var path in new[] { "/api/inspections/plans?year=1999", "/api/inspections/adhoc?year=2101", "/api/inspections/planner/runs?year=0", "/api/inspections/tasks?year=1999" })
        {
            using var bad = await county.GetAsync(path);
            var problem = await Answer(bad, HttpStatusCode.BadRequest);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            Assert.True(problem.GetProperty("errors").TryGetProperty("year", out _), $"{path}: {problem.GetRawText()}");
        }
        using (var notANumber = await county.GetAsync("/api/inspections/plans?year=abc"))
        {
            await Answer(notANumber, HttpStatusCode.BadRequest);
            Assert.Equal("application/problem+json", notANumber.Content.Headers.ContentType?.MediaType);
        }
        var farOff = await Answer(await planner.PostAsJsonAsync("/api/inspections/adhoc", new
        {
            departmentId = "zhzf", enterpriseId = enterprise, itemCode = "zhzf-gas-operation", plannedDate = "2150-01-20", exemption = "specialCampaign",
        }), HttpStatusCode.BadRequest);
        Assert.True(farOff.GetProperty("errors").TryGetProperty("plannedDate", out _), farOff.GetRawText());
    }
}
