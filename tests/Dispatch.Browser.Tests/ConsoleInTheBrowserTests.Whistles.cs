using System.Text.Json;
using System.Text.RegularExpressions;
using Dispatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// 乡镇吹哨、部门报到 as five people see it at once, each in a browser of its own: township staff raise a whistle for
/// 市场监管 (lead) and 文化市场 (assist); once the leader approves, both desks see it live and each sends an officer
/// from its recommendations; the officers acknowledge, arrive and finish on their phones; the township watches both
/// departments report, closes the whistle and rates them.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests
{
    const string ScjgOfficer = "O0011", ScjgCode = "ZF00011"; // 市场监管, stationed in T01
    const string WhscOfficer = "O0018", WhscCode = "ZF00018"; // 文化市场, stationed in T01

    [Fact]
    public Task A_township_whistle_summons_two_departments_that_report_live_and_is_closed_and_rated() => WhistleCourse();

    /// <summary>The whistle's course; in a cluster the five users alternate between the gateways.</summary>
    internal async Task WhistleCourse()
    {
        var countyToken = await env.Token("county");
        var spot = await PointInside("T01");
        var near = (Lat: spot.Lat + 200 / 111_320.0, spot.Lon);
        var title = $"城东街道文化市场无证经营（测试 {DateTime.UtcNow:HHmmss}）";

        await InBrowsers(nameof(WhistleCourse),
            [("township", Desk, null), ("desk", Desk, null), ("desk-whsc", Desk, null), (ScjgCode, Phone, near), (WhscCode, Phone, near)],
            async tabs =>
            {
                var (township, scjgDesk, whscDesk, scjgPhone, whscPhone) = (tabs[0], tabs[1], tabs[2], tabs[3], tabs[4]);
                await Task.WhenAll(
                    Ready(township, "township", null), Ready(scjgDesk, "desk", null), Ready(whscDesk, "desk-whsc", null),
                    Ready(scjgPhone, ScjgCode, "field.html"), Ready(whscPhone, WhscCode, "field.html"));
                foreach (var console in new[] { township, scjgDesk, whscDesk })
                {
                    await console.Locator("#tab-whistles").ClickAsync();
                    await Expect(console.Locator("#pane-whistles")).ToBeVisibleAsync();
                }

                // The officers go on duty and share their phones' position, so their desks' recommendations name them.
                foreach (var (phone, officer) in new[] { (scjgPhone, ScjgOfficer), (whscPhone, WhscOfficer) })
                {
                    var duty = phone.Locator("#duty-button");
                    await Expect(duty).ToHaveAttributeAsync("data-on-duty", new Regex("^(true|false)$"), new() { Timeout = WaitMs });
                    if (await duty.GetAttributeAsync("data-on-duty") == "false") await duty.ClickAsync();
                    await Expect(duty).ToHaveAttributeAsync("data-on-duty", "true", new() { Timeout = WaitMs });
                    await Eventually.Value(() => env.Get($"/api/officers/{officer}", countyToken),
                        o => o.GetProperty("status").GetString() == "available" && o.GetProperty("position").ValueKind == JsonValueKind.Object,
                        $"{officer} free with a position", WaitMs);
                }

                // ---- 1. township staff raise the whistle, placing it with a click on their township's map
                await township.Locator("#new-whistle-button").ClickAsync();
                await Expect(township.Locator("#whistle-form")).ToBeVisibleAsync();
                await township.Locator("#whistle-form-title").FillAsync(title);
                await township.Locator("#whistle-form-description").FillAsync("多家网吧、KTV无证经营，需市场监管和文化市场联合检查");
                await township.Locator("#whistle-form-urgency").SelectOptionAsync("urgent");
                await township.Locator("#whistle-form-role-scjg").SelectOptionAsync("lead");
                await township.Locator("#whistle-form-needs-scjg").FillAsync("营业执照核查、执法记录仪");
                await township.Locator("#whistle-form-role-whsc").SelectOptionAsync("assist");
                await township.Locator("#whistle-form-needs-whsc").FillAsync("文化经营许可证核查");
                // The township label sits at the outline's centre; the form covers the map's left 430 px.
                var label = (await township.Locator(".township-label", new() { HasText = "城东街道" }).BoundingBoxAsync())!;
                await township.Mouse.ClickAsync(Math.Max(label.X + label.Width / 2, 520), label.Y + label.Height / 2 + 40);
                await Expect(township.Locator("#whistle-form-location")).ToHaveAttributeAsync("data-lat", new Regex("^28\\."), new() { Timeout = WaitMs });
                await Shot(township, "w1-township-form");
                var raised = await township.RunAndWaitForResponseAsync(() => township.Locator("#whistle-form-submit").ClickAsync(),
                    r => r.Request.Method == "POST" && r.Url.EndsWith("/api/whistles", StringComparison.Ordinal));
                Assert.True(raised.Status == 201, $"raise: {raised.Status} {await raised.TextAsync()}");
                var id = JsonDocument.Parse(await raised.TextAsync()).RootElement.GetProperty("id").GetString()!;
                output.WriteLine($"whistle {id} raised");
                var townshipRow = township.Locator($".whistle-row[data-whistle-id=\"{id}\"]");
                await Expect(townshipRow).ToHaveAttributeAsync("data-status", "pendingApproval", new() { Timeout = WaitMs });

                // ---- 2. the township leader approves; both desks see it open without a reload
                using (var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/whistles/{id}/actions/approve") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") })
                {
                    approve.Headers.Authorization = new("Bearer", await env.Token("leader"));
                    using var approved = await env.Http.SendAsync(approve);
                    Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
                }
                await Expect(townshipRow).ToHaveAttributeAsync("data-status", "open", new() { Timeout = WaitMs });

                foreach (var (console, department, officer) in new[] { (scjgDesk, "scjg", ScjgOfficer), (whscDesk, "whsc", WhscOfficer) })
                {
                    var row = console.Locator($".whistle-row[data-whistle-id=\"{id}\"]");
                    await Expect(row).ToHaveAttributeAsync("data-status", "open", new() { Timeout = WaitMs });
                    await Shot(console, $"w2-{department}-desk-list");

                    // ---- 3. each desk sends its officer from the recommendations
                    await row.ClickAsync();
                    var part = console.Locator($"#whistle-panel[data-whistle-id=\"{id}\"] .whistle-part[data-department-id=\"{department}\"]");
                    await Expect(part).ToHaveAttributeAsync("data-part-status", "notified", new() { Timeout = WaitMs });
                    await part.Locator($".action-button[data-action=\"assign\"][data-department-id=\"{department}\"]").ClickAsync();
                    var candidate = console.Locator($"#whistle-assign[data-department-id=\"{department}\"] .candidate[data-officer-id=\"{officer}\"] input[type=checkbox]");
                    await candidate.CheckAsync(new() { Timeout = WaitMs });
                    await Shot(console, $"w3-{department}-assign");
                    await console.Locator("#whistle-assign-submit").ClickAsync();
                    await Expect(part).ToHaveAttributeAsync("data-part-status", "assigned", new() { Timeout = WaitMs });
                    await Expect(part.Locator($".part-officer[data-officer-id=\"{officer}\"]")).ToBeVisibleAsync();
                }

                // ---- 4. the officers get the task live on their phones and acknowledge it
                foreach (var phone in new[] { scjgPhone, whscPhone })
                {
                    var task = phone.Locator($".whistle-task[data-whistle-id=\"{id}\"]");
                    await Expect(task).ToBeVisibleAsync(new() { Timeout = WaitMs });
                    await Expect(task).ToContainTextAsync(title);
                    await task.Locator(".whistle-step[data-action=\"acknowledge\"]").ClickAsync();
                    await Expect(task).ToHaveAttributeAsync("data-part-status", "acknowledged", new() { Timeout = WaitMs });
                }
                await Shot(scjgPhone, "w4-officer-acknowledged");

                // ---- 5. the township sees both departments reported, live
                await townshipRow.ClickAsync();
                var panel = township.Locator($"#whistle-panel[data-whistle-id=\"{id}\"]");
                foreach (var department in new[] { "scjg", "whsc" })
                    await Expect(panel.Locator($".whistle-part[data-department-id=\"{department}\"]")).ToHaveAttributeAsync("data-part-status", "acknowledged", new() { Timeout = WaitMs });
                await Shot(township, "w5-township-reported");

                // ---- 6. on scene, each officer finishes its department's part
                foreach (var (phone, result) in new[] { (scjgPhone, "已核查营业执照，责令两家停业整改"), (whscPhone, "已核查文化经营许可，一家无证已立案") })
                {
                    var task = phone.Locator($".whistle-task[data-whistle-id=\"{id}\"]");
                    await task.Locator(".whistle-step[data-action=\"arrive\"]").ClickAsync();
                    await Expect(task).ToHaveAttributeAsync("data-part-status", "arrived", new() { Timeout = WaitMs });
                    await task.Locator(".whistle-result").FillAsync(result);
                    await task.Locator(".whistle-step[data-action=\"handle\"]").ClickAsync();
                    await Expect(task).ToHaveCountAsync(0, new() { Timeout = WaitMs });
                }

                // ---- 7. the township closes the whistle and rates both departments
                foreach (var department in new[] { "scjg", "whsc" })
                    await Expect(panel.Locator($".whistle-part[data-department-id=\"{department}\"]")).ToHaveAttributeAsync("data-part-status", "handled", new() { Timeout = WaitMs });
                await panel.Locator("#whistle-actions .action-button[data-action=\"close\"]").ClickAsync();
                await Expect(panel).ToHaveAttributeAsync("data-status", "closed", new() { Timeout = WaitMs });
                await panel.Locator("#whistle-actions .action-button[data-action=\"rate\"]").ClickAsync();
                var dialog = township.Locator("#action-dialog[data-action=\"rate\"]");
                await Expect(dialog).ToBeVisibleAsync(new() { Timeout = WaitMs });
                foreach (var department in new[] { "scjg", "whsc" })
                foreach (var aspect in new[] { "response", "result", "attitude" })
                    await township.Locator($"#action-{department}-{aspect} .star[data-value=\"{(department == "scjg" ? 5 : 4)}\"]").ClickAsync();
                await Shot(township, "w7-township-rating");
                await township.Locator("#action-confirm").ClickAsync();
                await Expect(panel).ToHaveAttributeAsync("data-status", "rated", new() { Timeout = WaitMs });

                var whistle = await env.Get($"/api/whistles/{id}", countyToken);
                Assert.Equal(["scjg:5", "whsc:4"], whistle.GetProperty("departments").EnumerateArray()
                    .Select(p => $"{p.GetProperty("departmentId").GetString()}:{p.GetProperty("rating").GetProperty("response").GetInt32()}"));
                await Shot(township, "w7-township-rated");
            });

        // ---- 8. the zone centre's scorecard counts it: 文化市场 summoned, reported and on scene in time, rated 4
        await InBrowsers(nameof(WhistleCourse) + "-scorecard",
            [("dispatcher", Desk, null)],
            async tabs =>
            {
                var console = tabs[0];
                await Ready(console, "dispatcher", null);
                await console.Locator("#tab-scorecards").ClickAsync();
                var whsc = console.Locator("#scorecard-table .score-row[data-department-id=\"whsc\"]");
                await Expect(whsc.Locator("td[data-col=\"received\"]")).ToContainTextAsync("1", new() { Timeout = WaitMs });
                await Expect(whsc.Locator("td[data-col=\"reportedOnTime\"]")).ToContainTextAsync("1");
                await Expect(whsc.Locator("td[data-col=\"arrivedOnTime\"]")).ToContainTextAsync("1");
                await Expect(whsc.Locator("td[data-col=\"rating\"]")).ToContainTextAsync("4");
                await Shot(console, "w8-dispatcher-scorecard");
            });
    }
}
