using Dispatch.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>The console's timeline shows the values each step recorded: extension minutes, verification results, the score.</summary>
public sealed partial class ConsoleInTheBrowserTests
{
    [Fact]
    public Task The_incident_panel_timeline_shows_extension_minutes_verification_results_and_the_score() =>
        InBrowser(nameof(The_incident_panel_timeline_shows_extension_minutes_verification_results_and_the_score), async page =>
        {
            // Officer O0003 (comprehensive enforcement, T01) on duty, ~500 m south of the township's centre (away from the
            // other tests' reports, so nothing merges).
            var centre = await PointInside("T01");
            var spot = (Lat: centre.Lat - 500 / 111_320.0, centre.Lon);
            await using var device = await env.FieldDevice("ZF00003");
            await device.InvokeAsync<string>("SetOnDuty", true);
            await Report(device, spot.Lat, spot.Lon, DateTimeOffset.UtcNow);

            var grid = await env.Token("grid");
            var dispatcher = await env.Token("dispatcher");
            var officer = await env.Token("ZF00003");
            var id = (await env.Post("/api/incidents", grid, new
            {
                category = "littering", description = $"人行道旁堆放建筑垃圾（时间线测试 {DateTime.UtcNow:HHmmss}）", priority = "high",
                location = new { lat = spot.Lat, lon = spot.Lon },
            })).GetProperty("id").GetString()!;

            // The dispatcher opens it; everything after happens elsewhere and reaches the open panel by push.
            await SignIn(page, "dispatcher");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
            var row = page.Locator($"#incident-list .incident-row[data-id=\"{id}\"]");
            await row.ClickAsync(new() { Timeout = WaitMs });
            var panel = page.Locator($"#incident-panel[data-id=\"{id}\"]");
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "reported", new() { Timeout = WaitMs });

            Task Act(string token, string action, object body) => env.Post($"/api/incidents/{id}/actions/{action}", token, body);
            await Act(dispatcher, "register", new { });
            await Act(dispatcher, "dispatch", new { officerId = "O0003" });
            await Act(dispatcher, "extend", new { reason = "需协调环卫车辆", minutes = 45 });
            await Act(officer, "acknowledge", new { });
            await Act(officer, "arrive", new { });
            await Act(officer, "handle", new { result = "已联系环卫清运" });
            await Act(grid, "verify", new { accepted = false, comment = "仍有部分垃圾未清" });
            await Act(officer, "acknowledge", new { });
            await Act(officer, "arrive", new { });
            await Act(officer, "handle", new { result = "已全部清运，现场整洁" });
            await Act(grid, "verify", new { accepted = true, comment = "已清理干净" });
            await Act(dispatcher, "close", new { });
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "closed", new() { Timeout = WaitMs });

            var items = page.Locator("#incident-timeline .timeline-item");
            await Expect(items).ToHaveCountAsync(13, new() { Timeout = WaitMs });
            Task Shows(string action, int nth, string field, string text) =>
                Expect(page.Locator($"#incident-timeline .timeline-item[data-action=\"{action}\"]").Nth(nth).Locator($"[data-field=\"{field}\"]"))
                    .ToHaveTextAsync(text, new() { Timeout = WaitMs });
            await Shows("report", 0, "source", "来源：网格员上报");
            await Shows("report", 0, "priority", "紧急程度：较缓");           // the category's default: a grid worker's priority is advisory
            await Shows("report", 0, "requestedPriority", "上报人建议：较急");
            await Expect(page.Locator("#incident-timeline .timeline-item[data-action=\"dispatch\"] [data-field=\"officerId\"]")).ToContainTextAsync("处置队员：");
            await Shows("extend", 0, "minutes", "延期 45 分钟");
            await Shows("handle", 0, "result", "处置结果：已联系环卫清运");
            await Shows("verify", 0, "accepted", "核查不通过，返工");
            await Shows("verify", 0, "comment", "意见：仍有部分垃圾未清");
            await Shows("verify", 1, "accepted", "核查通过");
            await Expect(page.Locator("#incident-timeline .timeline-item[data-action=\"extend\"]")).ToContainTextAsync("原因：需协调环卫车辆");

            // The score: the panel of an evaluated incident (the open queue may drop it, so read the timeline as rendered then).
            await Act(grid, "evaluate", new { score = 4 });
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "evaluated", new() { Timeout = WaitMs });
            await Shows("evaluate", 0, "score", "评价：★★★★☆（4 分）");
            await Shot(page, "timeline-panel");
            if (!string.IsNullOrEmpty(ShotDir))
            {
                // Tall enough for the whole timeline to be seen at once.
                await page.SetViewportSizeAsync(1400, 3000);
                await panel.ScreenshotAsync(new() { Path = Path.Combine(ShotDir, "timeline-panel-only.png") });
            }
        });
}
