using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// 综合查一次 as its people see it, each in a browser of its own: the 市场监管 and 应急管理 desks file plans naming the
/// same enterprise for one quarter; the county joint-meeting office merges them into one visit and draws two
/// inspectors, and has the draw re-run; the drawn officers find the joint task on their phones; the enterprise checks
/// the code page (only what the contract lists); one inspector records and publishes the results; the enterprise
/// rates the visit; the office's indicators count it.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests
{
    /// <summary>A quarter no other test plans for, so no other plan mixes into the run.</summary>
    const string InspectionPeriod = "2037-Q1";

    [Fact]
    public Task A_joint_inspection_merges_two_departments_plans_into_one_visit_that_is_drawn_inspected_published_rated_and_counted() => InspectionCourse();

    /// <summary>The joint inspection's course; in a cluster the users alternate between the gateways.</summary>
    internal async Task InspectionCourse()
    {
        var countyToken = await env.Token("county");
        var plannerToken = await env.Token("planner");
        // One enterprise of township T04 (no other test plans there) without an inspection on record.
        var candidates = (await env.Get("/api/enterprises?townshipId=T04", countyToken)).EnumerateArray().ToList();
        var enterprise = candidates.FirstOrDefault(e => !e.TryGetProperty("inspections", out var i) || i.GetArrayLength() == 0);
        if (enterprise.ValueKind != JsonValueKind.Object) enterprise = candidates[0];
        var enterpriseId = enterprise.GetProperty("id").GetString()!;
        var creditCode = enterprise.GetProperty("creditCode").GetString()!;
        var enterpriseName = enterprise.GetProperty("name").GetString()!;
        output.WriteLine($"enterprise {enterpriseId} {enterpriseName}");
        const string problemNote = "储存区未设置安全警示标志（测试）";

        await InBrowsers(nameof(InspectionCourse),
            [("desk-scjg", Desk, null), ("desk-yjgl", Desk, null), ("planner", Desk, null), ("enterprise", Phone, null)],
            async tabs =>
            {
                var (scjgDesk, yjglDesk, planner, company) = (tabs[0], tabs[1], tabs[2], tabs[3]);
                // The planner's console has no live connection (nothing of joint inspections is pushed to it): its tab is the sign.
                await Task.WhenAll(Ready(scjgDesk, "desk-scjg", null), Ready(yjglDesk, "desk-yjgl", null), SignIn(planner, "planner"));
                foreach (var console in new[] { scjgDesk, yjglDesk, planner })
                {
                    await console.Locator("#tab-inspections").ClickAsync();
                    await Expect(console.Locator("[data-testid=inspection-pane-plans]")).ToBeVisibleAsync();
                }

                // ---- 1. each desk files a plan line naming the enterprise for the quarter
                foreach (var (desk, department, item) in new[] { (scjgDesk, "scjg", "scjg-pricing"), (yjglDesk, "yjgl", "yjgl-hazchem") })
                {
                    await desk.GetByTestId("inspection-section-plans").ClickAsync();
                    var form = desk.GetByTestId("plan-form");
                    await Expect(form.GetByTestId("plan-department")).ToHaveValueAsync(department);
                    await Expect(form.Locator($"[data-testid=plan-item] option[value=\"{item}\"]")).ToHaveCountAsync(1, new() { Timeout = WaitMs });
                    await form.GetByTestId("plan-year").FillAsync(InspectionPeriod[..4]);
                    await form.GetByTestId("plan-period").FillAsync(InspectionPeriod);
                    await form.GetByTestId("plan-item").SelectOptionAsync(item);
                    await form.GetByTestId("plan-target-list").CheckAsync();
                    await Expect(form.GetByTestId("plan-ratio-A")).ToBeHiddenAsync(); // a named list has no sampling ratios
                    await form.GetByTestId("plan-enterprises").FillAsync(creditCode);
                    await form.GetByTestId("plan-submit").ClickAsync();
                    await Expect(form.GetByTestId("plan-result")).ToHaveAttributeAsync("data-state", "ok", new() { Timeout = WaitMs });
                    await Expect(desk.Locator($"[data-testid=plan-row][data-department-id=\"{department}\"][data-period=\"{InspectionPeriod}\"][data-item-code=\"{item}\"]"))
                        .ToHaveCountAsync(1, new() { Timeout = WaitMs });
                    await Shot(desk, $"i1-{department}-plan-filed");
                }

                // ---- 2. the office merges the quarter's plans: one visit instead of two
                await planner.GetByTestId("inspection-section-merge").ClickAsync();
                await planner.GetByTestId("inspection-run-year").FillAsync(InspectionPeriod[..4]);
                // Leaving the year moves the quarter to that year; the quarter is then typed.
                await planner.GetByTestId("inspection-run-year").BlurAsync();
                await Expect(planner.GetByTestId("inspection-run-period")).ToHaveValueAsync(new Regex($"^{InspectionPeriod[..4]}-Q[1-4]$"));
                await planner.GetByTestId("inspection-run-period").FillAsync(InspectionPeriod);
                await planner.GetByTestId("inspection-run-button").ClickAsync();
                await Expect(planner.GetByTestId("inspection-run-result")).ToHaveAttributeAsync("data-state", "ok", new() { Timeout = WaitMs });
                var figures = planner.GetByTestId("inspection-run-figures");
                await Expect(figures.GetByTestId("run-visits-planned")).ToHaveTextAsync("1");
                await Expect(figures.GetByTestId("run-naive-visits")).ToHaveTextAsync("2");
                await Expect(figures.GetByTestId("run-lower-bound")).ToHaveTextAsync("1");
                await Expect(figures.GetByTestId("run-visits-saved")).ToHaveTextAsync("1");
                await Expect(planner.GetByTestId("inspection-run-violations")).ToHaveAttributeAsync("data-count", "0");
                var row = planner.GetByTestId("inspection-task-row");
                await Expect(row).ToHaveCountAsync(1);
                await Expect(row).ToHaveAttributeAsync("data-enterprise-id", enterpriseId);
                await Expect(row).ToHaveAttributeAsync("data-status", "planned");
                await Expect(row.Locator("td[data-col=departments]")).ToHaveTextAsync(new Regex("^(市场监管、应急管理|应急管理、市场监管)$"));
                var taskId = (await row.GetAttributeAsync("data-task-id"))!;
                output.WriteLine($"task {taskId}");
                await Shot(planner, "i2-planner-merged");

                // ---- 3. the demo inspectors (O0010 of 市场监管, O0021 of 应急管理) have their phones open before the draw
                var officers = new List<(string Id, string Code, string Name, string Department)>();
                foreach (var id in new[] { "O0010", "O0021" })
                {
                    var o = await env.Get($"/api/officers/{id}", countyToken);
                    officers.Add((id, o.GetProperty("code").GetString()!, o.GetProperty("name").GetString()!, o.GetProperty("departmentId").GetString()!));
                }
                // Every other officer of the two departments steps aside (回避) from this enterprise, typed into the draw form:
                // the draw can then only fall on the two demo inspectors, whose open phones must get the visit pushed.
                var recusals = new List<string>();
                foreach (var department in new[] { "scjg", "yjgl" })
                    foreach (var o in (await env.Get($"/api/officers?departmentId={department}", countyToken)).EnumerateArray())
                        if (o.GetProperty("id").GetString() is { } id && id is not ("O0010" or "O0021")) recusals.Add($"{id},{creditCode}");

                await InBrowsers(nameof(InspectionCourse) + "-field",
                    [("inspector", Phone, null), ("inspector2", Phone, null)],
                    async phones =>
                    {
                        await Task.WhenAll(phones.Select((p, i) => Ready(p, i == 0 ? "inspector" : "inspector2", "field.html")));
                        foreach (var phone in phones)
                            await Expect(phone.Locator($"[data-testid=inspection-task-card][data-task-id=\"{taskId}\"]")).ToHaveCountAsync(0);

                        // ---- 4. the office draws two inspectors for the visit, with the recusals, and has the server re-run the draw
                        await planner.GetByTestId("inspection-section-draw").ClickAsync();
                        await Expect(planner.GetByTestId("draw-run-label")).ToContainTextAsync(InspectionPeriod);
                        await planner.GetByTestId("draw-per-visit").FillAsync("2");
                        await planner.GetByTestId("draw-recusals").FillAsync(string.Join("\n", recusals));
                        await planner.GetByTestId("draw-button").ClickAsync();
                        var record = planner.GetByTestId("draw-record");
                        await Expect(record.Locator($"[data-testid=draw-result-row][data-task-id=\"{taskId}\"]")).ToHaveCountAsync(1, new() { Timeout = WaitMs });
                        await Expect(record.GetByTestId("draw-seed")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
                        var drawId = (await record.GetAttributeAsync("data-draw-id"))!;
                        var draw = await env.Get($"/api/inspections/draws/{drawId}", plannerToken);
                        var drawn = draw.GetProperty("result").EnumerateArray().Single(r => r.GetProperty("taskId").GetString() == taskId)
                            .GetProperty("inspectorIds").EnumerateArray().Select(i => i.GetString()!).ToList();
                        output.WriteLine($"draw {drawId}: {string.Join(", ", drawn)}");
                        Assert.Equal(["O0010", "O0021"], drawn.Order());
                        await planner.GetByTestId("draw-verify-button").ClickAsync();
                        await Expect(planner.GetByTestId("draw-verify-result")).ToHaveAttributeAsync("data-match", "true", new() { Timeout = WaitMs });
                        await Shot(planner, "i3-planner-drawn-verified");

                        // ---- 5. the visit arrives on both open phones by inspectionTaskOffered
                        string? code = null;
                        foreach (var (phone, i) in phones.Select((p, i) => (p, i)))
                        {
                            var cards = phone.Locator($"[data-testid=inspection-task-card][data-task-id=\"{taskId}\"]");
                            await Expect(cards).ToHaveCountAsync(1, new() { Timeout = WaitMs });
                            await Expect(cards).ToHaveAttributeAsync("data-status", "drawn");
                            await Expect(cards).ToContainTextAsync(enterpriseName);
                            var shown = cards.GetByTestId("inspection-task-code");
                            await Expect(shown).ToHaveTextAsync(new Regex(@"^\S+$"));
                            var text = (await shown.TextContentAsync())!.Trim();
                            Assert.True(code is null || code == text, $"the two inspectors see different codes: {code} and {text}");
                            code = text;
                            await Expect(cards.GetByTestId("inspection-task-teammates")).ToContainTextAsync(officers[1 - i].Code);
                            await Shot(phone, $"i4-officer{i + 1}-task");
                        }
                        var api = (await env.Get($"/api/inspections/tasks?inspectorId={drawn[0]}", countyToken)).EnumerateArray()
                            .Single(x => x.GetProperty("id").GetString() == taskId);
                        Assert.Equal(api.GetProperty("code").GetString(), code);

                        // ---- 6. the enterprise checks the code: the visit, and nothing beyond the contract
                        await company.GotoAsync($"/code/{Uri.EscapeDataString(code!)}");
                        var card = company.GetByTestId("code-card");
                        await Expect(card).ToHaveAttributeAsync("data-status", "drawn", new() { Timeout = WaitMs });
                        await Expect(card.GetByTestId("code-enterprise")).ToHaveTextAsync(enterpriseName);
                        await Expect(card.Locator("[data-testid=code-departments] li")).ToHaveCountAsync(2);
                        await Expect(card.GetByTestId("code-departments")).ToContainTextAsync("市场监督管理局");
                        await Expect(card.GetByTestId("code-departments")).ToContainTextAsync("应急管理局");
                        await Expect(card.GetByTestId("code-items")).ToContainTextAsync("明码标价与价格行为");
                        await Expect(card.GetByTestId("code-items")).ToContainTextAsync("危险化学品经营安全");
                        await Expect(card.GetByTestId("code-legal-basis")).ToContainTextAsync("价格法");
                        await Expect(card.GetByTestId("code-legal-basis")).ToContainTextAsync("危险化学品安全管理条例");
                        await Expect(card.Locator("[data-testid=code-inspectors] li")).ToHaveCountAsync(2);
                        foreach (var o in officers)
                            await Expect(card.GetByTestId("code-inspectors")).ToContainTextAsync($"{o.Name}（");
                        await NothingBeyondTheContract(company, creditCode, problemNote);
                        await Shot(company, "i5-enterprise-code-page");

                        // ---- 7. one inspector records both items and publishes
                        var phone1 = phones[0];
                        var task = phone1.Locator($"[data-testid=inspection-task-card][data-task-id=\"{taskId}\"]");
                        var pricing = task.Locator("[data-testid=inspection-result-item][data-item-code=\"scjg-pricing\"]");
                        var hazchem = task.Locator("[data-testid=inspection-result-item][data-item-code=\"yjgl-hazchem\"]");
                        await pricing.GetByTestId("inspection-outcome-pass").CheckAsync();
                        await pricing.GetByTestId("inspection-result-note").FillAsync("价格公示齐全");
                        await hazchem.GetByTestId("inspection-outcome-problem").CheckAsync();
                        await hazchem.GetByTestId("inspection-result-note").FillAsync(problemNote);
                        // The problem's photo: uploaded at once, then named by the result when it is saved.
                        await hazchem.GetByTestId("inspection-result-photo").SetInputFilesAsync(new FilePayload
                        {
                            Name = "scene.png", MimeType = "image/png", Buffer = ScenePng,
                        });
                        await Expect(hazchem.GetByTestId("inspection-result-evidence").Locator(":scope > *")).ToHaveCountAsync(1, new() { Timeout = WaitMs });
                        await Shot(phone1, "i6-officer1-results-typed");
                        await task.GetByTestId("inspection-results-save").ClickAsync();
                        await Expect(task).ToHaveAttributeAsync("data-status", "inspected", new() { Timeout = WaitMs });
                        var saved = (await env.Get($"/api/inspections/tasks?enterpriseId={enterpriseId}", plannerToken)).EnumerateArray()
                            .Single(t => t.GetProperty("id").GetString() == taskId);
                        var hazchemResult = saved.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("itemCode").GetString() == "yjgl-hazchem");
                        Assert.Equal(1, hazchemResult.GetProperty("evidenceIds").GetArrayLength());
                        await Expect(hazchem.GetByTestId("inspection-result-note")).ToHaveValueAsync(problemNote);
                        await task.GetByTestId("inspection-publish").ClickAsync();
                        await Expect(task).ToHaveAttributeAsync("data-status", "published", new() { Timeout = WaitMs });
                        await Shot(phone1, "i6-officer1-published");

                        // ---- 8. the enterprise, reopening its page, rates the visit
                        await company.ReloadAsync();
                        await Expect(card).ToHaveAttributeAsync("data-status", "published", new() { Timeout = WaitMs });
                        await NothingBeyondTheContract(company, creditCode, problemNote);
                        await company.GetByTestId("rating-score-5").CheckAsync();
                        await company.GetByTestId("rating-comment").FillAsync("检查规范，一次查完");
                        await company.GetByTestId("rating-submit").ClickAsync();
                        await Expect(company.GetByTestId("rating-result")).ToHaveTextAsync(new Regex(@"\S"), new() { Timeout = WaitMs });
                        await Expect(company.GetByTestId("rating-error")).ToBeEmptyAsync();
                        await Shot(company, "i7-enterprise-rated");
                    });

                // ---- 9. the office's indicators for the quarter count the joint visit
                await planner.GetByTestId("inspection-section-indicators").ClickAsync();
                await planner.GetByTestId("indicator-from").FillAsync("2037-01-01");
                await planner.GetByTestId("indicator-to").FillAsync("2037-03-31");
                await planner.GetByTestId("indicator-query").ClickAsync();
                await Expect(planner.GetByTestId("indicator-scope")).ToContainTextAsync("2037-01-01", new() { Timeout = WaitMs });
                await Expect(planner.GetByTestId("indicator-jointRate")).ToHaveAttributeAsync("data-value", "1", new() { Timeout = WaitMs });
                await Expect(planner.GetByTestId("indicator-visitsSaved")).ToHaveAttributeAsync("data-value", "1");
                await Expect(planner.GetByTestId("indicator-publishedOnTimeRate")).ToHaveAttributeAsync("data-value", "1");
                await Shot(planner, "i8-planner-indicators");

                // ---- 10. the office checks a directory file before importing it: every bad row listed, nothing imported
                await planner.GetByTestId("inspection-section-directory").ClickAsync();
                await Expect(planner.GetByTestId("inspector-pool-source")).ToHaveAttributeAsync("data-source", "county", new() { Timeout = WaitMs });
                var csv = "creditCode,name,industry,townshipId,lat,lon,riskLevel,creditGrade,keyList,peakHours\n" +
                          "91331102MA2HX00010,坏代码企业,餐饮服务,T01,28.45,119.92,low,A,false,\n" +
                          $"{creditCode},重复名称,餐饮服务,T99,28.45,119.92,extreme,E,maybe,25:00-26:00\n";
                await planner.GetByTestId("enterprise-import-file").SetInputFilesAsync(new FilePayload
                {
                    Name = "directory.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
                });
                await planner.GetByTestId("enterprise-import-check").ClickAsync();
                await Expect(planner.GetByTestId("import-error-row").First).ToBeVisibleAsync(new() { Timeout = WaitMs });
                Assert.True(await planner.GetByTestId("import-error-row").CountAsync() >= 6);
                await Expect(planner.GetByTestId("import-error-count")).ToContainTextAsync("未导入");
                await Shot(planner, "i9-planner-directory-refused");
            });
    }

    /// <summary>A PNG the server accepts (it sniffs the signature): the 8-byte signature and an IHDR chunk's start.</summary>
    static readonly byte[] ScenePng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82];

    /// <summary>The public code page shows the contract's fields and nothing else: no credit code, no result.</summary>
    static async Task NothingBeyondTheContract(IPage page, string creditCode, string note)
    {
        var text = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(creditCode, text);
        Assert.DoesNotContain(note, text);
        Assert.DoesNotContain("价格公示齐全", text);
    }
}
