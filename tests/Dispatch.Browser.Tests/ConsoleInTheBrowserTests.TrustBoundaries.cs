using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>What the trust-boundary rules look like to the zone centre: alerts, advisory priority, cross-department reasons.</summary>
public sealed partial class ConsoleInTheBrowserTests
{
    [Fact]
    public Task Urgent_work_nobody_can_take_raises_an_alert_and_a_cross_department_dispatch_asks_for_a_reason() =>
        InBrowser(nameof(Urgent_work_nobody_can_take_raises_an_alert_and_a_cross_department_dispatch_asks_for_a_reason), async page =>
        {
            await SignIn(page, "dispatcher");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });

            // 危险化学品 (应急管理) reported urgent by the county: no 应急管理 officer is on duty in these tests.
            var centre = await PointInside("T02");
            var county = await env.Token("county");
            var id = (await env.Post("/api/incidents", county, new
            {
                category = "hazardous-chemicals", description = $"仓库疑似危化品泄漏（告警测试 {DateTime.UtcNow:HHmmss}）", priority = "urgent",
                location = new { lat = centre.Lat + 400 / 111_320.0, lon = centre.Lon },
            })).GetProperty("id").GetString()!;

            var toast = page.Locator($"#escalations .escalation-toast[data-level=\"awaiting\"][data-id=\"{id}\"]");
            await Expect(toast).ToContainTextAsync("暂无空闲", new() { Timeout = WaitMs });
            await toast.Locator(".escalation-text").ClickAsync();
            var panel = page.Locator($"#incident-panel[data-id=\"{id}\"]");
            await Expect(panel.Locator("#incident-awaiting")).ToBeVisibleAsync(new() { Timeout = WaitMs });
            await Expect(panel.Locator("#incident-timeline .timeline-item[data-action=\"autoDispatchWaiting\"]")).ToHaveCountAsync(1, new() { Timeout = WaitMs });

            // The zone centre sends a 综合执法 officer of its own zone: the console asks why, and the timeline keeps it.
            await using var device = await env.FieldDevice("ZF00004");
            await device.InvokeAsync<string>("SetOnDuty", true);
            await Report(device, centre.Lat, centre.Lon, DateTimeOffset.UtcNow);
            await Expect(page.Locator("#dispatch-officer option[value=\"O0004\"]")).ToHaveCountAsync(1, new() { Timeout = WaitMs });
            await page.Locator("#dispatch-officer").SelectOptionAsync("O0004");
            await page.Locator("#dispatch-manual").ClickAsync();
            var dialog = page.Locator("#action-dialog[data-action=\"dispatch\"]");
            await Expect(dialog).ToBeVisibleAsync(new() { Timeout = WaitMs });
            await page.Locator("#action-reason").FillAsync("应急管理队员均不在岗，综合执法先行封控现场");
            await page.Locator("#action-confirm").ClickAsync();
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "dispatched", new() { Timeout = WaitMs });
            await Expect(panel.Locator("#incident-awaiting")).ToHaveCountAsync(0, new() { Timeout = WaitMs });
            await Expect(panel.Locator("#incident-timeline .timeline-item[data-action=\"dispatch\"] [data-field=\"outsideDepartment\"]"))
                .ToHaveCountAsync(1, new() { Timeout = WaitMs });
            if (ShotDir is { } dir) await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "awaiting-and-cross-department.png"), FullPage = true });
        });

    [Fact]
    public Task A_grid_workers_advisory_priority_is_shown_and_taken_with_one_click() =>
        InBrowser(nameof(A_grid_workers_advisory_priority_is_shown_and_taken_with_one_click), async page =>
        {
            var centre = await PointInside("T01");
            var grid = await env.Token("grid");
            var id = (await env.Post("/api/incidents", grid, new
            {
                category = "littering", description = $"河道旁倾倒垃圾（建议定级测试 {DateTime.UtcNow:HHmmss}）", priority = "high", // not urgent: nobody is auto-dispatched
                location = new { lat = centre.Lat + 800 / 111_320.0, lon = centre.Lon + 0.004 },
            })).GetProperty("id").GetString()!;

            await SignIn(page, "dispatcher");
            await page.Locator($"#incident-list .incident-row[data-id=\"{id}\"]").ClickAsync(new() { Timeout = WaitMs });
            var panel = page.Locator($"#incident-panel[data-id=\"{id}\"]");
            await Expect(panel.Locator(".ip-props")).ToContainTextAsync("上报人建议", new() { Timeout = WaitMs });
            await panel.Locator("#register-as-requested").ClickAsync();
            await Expect(panel).Not.ToHaveAttributeAsync("data-panel-status", "reported", new() { Timeout = WaitMs });
            var after = await env.Get($"/api/incidents/{id}", await env.Token("dispatcher"));
            Assert.Equal("high", after.GetProperty("priority").GetString());
            if (ShotDir is { } dir) await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "advisory-priority.png"), FullPage = true });
        });

    [Fact]
    public Task A_grid_report_merged_into_someone_elses_case_says_so_and_shows_nothing_of_it() =>
        InBrowser(nameof(A_grid_report_merged_into_someone_elses_case_says_so_and_shows_nothing_of_it), async page =>
        {
            var centre = await PointInside("T01");
            var spot = (Lat: centre.Lat - 900 / 111_320.0, Lon: centre.Lon - 0.003);
            var county = await env.Token("county");
            var id = (await env.Post("/api/incidents", county, new
            {
                category = "cooking-fumes", description = $"市民来电：饭店油烟直排，电话 13800000000（合并测试 {DateTime.UtcNow:HHmmss}）",
                location = new { lat = spot.Lat, lon = spot.Lon },
            })).GetProperty("id").GetString()!;

            await page.Context.GrantPermissionsAsync(["geolocation"]);
            await page.Context.SetGeolocationAsync(new() { Latitude = (float)(spot.Lat + 20 / 111_320.0), Longitude = (float)spot.Lon, Accuracy = 5 });
            await SignIn(page, "grid");
            await page.WaitForURLAsync("**/grid.html", new() { Timeout = WaitMs, WaitUntil = WaitUntilState.Commit });
            await page.Locator("#report-category").SelectOptionAsync("cooking-fumes", new() { Timeout = WaitMs });
            await page.Locator("#report-description").FillAsync("小区门口饭店油烟很大");
            await page.Locator("#report-locate").ClickAsync();
            await Expect(page.Locator("#report-location")).ToContainTextAsync("纬度", new() { Timeout = WaitMs });
            await page.Locator("#report-submit").ClickAsync();

            var result = page.Locator($"#report-result[data-incident-id=\"{id}\"]");
            await Expect(result).ToHaveAttributeAsync("data-merged", "true", new() { Timeout = WaitMs });
            await Expect(result).ToContainTextAsync("已有他人上报");
            await Expect(page.Locator($"#my-reports .report-row[data-incident-id=\"{id}\"]")).ToHaveCountAsync(0);
            await Expect(page.Locator("body")).Not.ToContainTextAsync("13800000000");
        });
}
