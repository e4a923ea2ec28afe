using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dispatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// The closed loop (事件闭环) as three people see it at once: the grid worker on a phone, the zone dispatcher at the
/// console and officer O0001 on a phone, each in a browser context of its own, signed in through the UI.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    static readonly ViewportSize Desk = new() { Width = 1400, Height = 900 };

    /// <summary>The officer's card must show an offer within this long of the dispatch answer.</summary>
    const int OfferMs = 2000;

    /// <summary>When set, the test also saves a screenshot of each page at each step there (looking at a passing run).</summary>
    static readonly string? ShotDir = Environment.GetEnvironmentVariable("DISPATCH_BROWSER_SHOTS");

    [Fact]
    public async Task A_grid_report_is_dispatched_handled_verified_and_closed_across_three_browsers()
    {
        var total = Stopwatch.StartNew();
        var dispatcherToken = await env.Token("dispatcher");
        var spot = await PointInside("T01"); // the grid worker's township (zone Z1); the point lies in grid T01-G3
        var officerSpot = (Lat: spot.Lat + 150 / 111_320.0, spot.Lon); // ~150 m north of the problem
        var description = $"城东街道农贸市场东门有流动摊贩占道经营，堵塞人行道（测试 {DateTime.UtcNow:HHmmss}）";
        const string result = "已劝离流动摊贩，清理占道物品，现场恢复通行";
        const string comment = "现场复核，摊贩已撤离，道路畅通";

        await InBrowsers(nameof(A_grid_report_is_dispatched_handled_verified_and_closed_across_three_browsers),
            [("grid", Phone, spot), ("dispatcher", Desk, null), ("officer", Phone, officerSpot)],
            async tabs =>
            {
                var (grid, console, field) = (tabs[0], tabs[1], tabs[2]);

                // ---- everyone signs in (at the same time) and is live before anything happens
                await Task.WhenAll(
                    Ready(grid, "grid", "grid.html"),
                    Ready(console, "dispatcher", null),
                    Ready(field, "officer", "field.html"));
                // The console has its incident snapshot, so the new incident must arrive by push.
                await Expect(console.Locator("#tab-incidents")).ToHaveAttributeAsync("aria-selected", "true");
                await Expect(console.Locator("#incident-summary")).ToContainTextAsync("显示", new() { Timeout = WaitMs });

                // The officer goes on duty (unless a previous test left them on duty) and shares the phone's position.
                var duty = field.Locator("#duty-button");
                await Expect(duty).ToHaveAttributeAsync("data-on-duty", new Regex("^(true|false)$"), new() { Timeout = WaitMs });
                if (await duty.GetAttributeAsync("data-on-duty") == "false") await duty.ClickAsync();
                await Expect(duty).ToHaveAttributeAsync("data-on-duty", "true", new() { Timeout = WaitMs });
                await Expect(field.Locator("#last-outcome")).ToHaveAttributeAsync("data-outcome", new Regex("."), new() { Timeout = WaitMs });
                output.WriteLine($"officer's first fix: {await field.Locator("#last-outcome").GetAttributeAsync("data-outcome")}");
                // Recommendations read the zone's live table: wait until it has O0001 free and placed.
                await Eventually.Value(async () => ZoneRow(await env.Get("/api/officers?zoneId=Z1", dispatcherToken)),
                    o => o is { } x && x.GetProperty("status").GetString() == "available" && x.GetProperty("position").ValueKind == JsonValueKind.Object,
                    $"{OfficerId} available with a position in zone Z1's table", WaitMs);

                // ---- 1. the grid worker reports 占道经营 where the phone stands
                await grid.Locator("#report-category").SelectOptionAsync("street-vending");
                await Expect(grid.Locator("#report-priority")).ToHaveValueAsync("normal"); // not urgent: no auto-dispatch
                await grid.Locator("#report-description").FillAsync(description);
                await grid.Locator("#report-locate").ClickAsync();
                var location = grid.Locator("#report-location");
                await Expect(location).ToHaveAttributeAsync("data-source", "device", new() { Timeout = WaitMs });
                Assert.Equal(spot.Lat, Number(await location.GetAttributeAsync("data-lat")), 5);
                Assert.Equal(spot.Lon, Number(await location.GetAttributeAsync("data-lon")), 5);
                await Shot(grid, "1-grid-form");
                await grid.Locator("#report-submit").ClickAsync();

                var reported = grid.Locator("#report-result[data-incident-id]");
                await Expect(reported).ToHaveAttributeAsync("data-merged", "false", new() { Timeout = WaitMs });
                var id = (await reported.GetAttributeAsync("data-incident-id"))!;
                output.WriteLine($"incident {id} reported after {total.ElapsedMilliseconds} ms");
                var myRow = grid.Locator($"#my-reports .report-row[data-incident-id=\"{id}\"]");
                await Expect(myRow).ToHaveAttributeAsync("data-status", "reported", new() { Timeout = WaitMs });
                await Expect(myRow).ToContainTextAsync("占道经营");
                await Expect(myRow).ToContainTextAsync(description);
                await Shot(grid, "1-grid-reported");

                // ---- 2. the console shows it without a reload; the dispatcher registers it and dispatches O0001
                var queueRow = console.Locator($"#incident-list .incident-row[data-id=\"{id}\"]");
                await Expect(queueRow).ToHaveAttributeAsync("data-row-status", "reported", new() { Timeout = WaitMs });
                await Expect(console.Locator($"[data-incident-id=\"{id}\"]")).ToBeVisibleAsync(new() { Timeout = WaitMs });
                await queueRow.ClickAsync();
                var panel = console.Locator($"#incident-panel[data-id=\"{id}\"]");
                await Expect(panel).ToHaveAttributeAsync("data-panel-status", "reported", new() { Timeout = WaitMs });
                await Expect(console.Locator("#incident-description")).ToHaveTextAsync(description);
                await console.Locator("#incident-actions .action-button[data-action=\"register\"]").ClickAsync();
                await Expect(panel).ToHaveAttributeAsync("data-panel-status", "registered", new() { Timeout = WaitMs });

                var recommended = console.Locator($"#recommendation-list .recommendation[data-id=\"{OfficerId}\"] .dispatch-button");
                await Expect(recommended).ToBeVisibleAsync(new() { Timeout = WaitMs });
                await Shot(console, "2-console-registered");
                var response = await console.RunAndWaitForResponseAsync(() => recommended.ClickAsync(),
                    r => r.Request.Method == "POST" && r.Url.EndsWith($"/api/incidents/{id}/actions/dispatch", StringComparison.Ordinal));
                var sinceAnswer = Stopwatch.StartNew();
                Assert.True(response.Ok, $"dispatch: {response.Status} {await response.TextAsync()}");

                // ---- 3. the officer's phone shows the task within 2 s of the dispatch answer
                var card = field.Locator($"#assignment-card[data-incident-id=\"{id}\"]");
                await Expect(card).ToBeVisibleAsync(new() { Timeout = OfferMs });
                output.WriteLine($"assignment card shown {sinceAnswer.ElapsedMilliseconds} ms after the dispatch answer");
                await Expect(card).ToHaveAttributeAsync("data-status", "dispatched");
                await Expect(card).ToContainTextAsync(description);
                await Expect(console.Locator("#incident-message")).ToContainTextAsync("已派遣给", new() { Timeout = WaitMs });
                await Expect(panel).ToHaveAttributeAsync("data-panel-status", "dispatched", new() { Timeout = WaitMs });
                await Shot(field, "3-field-offered");

                await field.Locator("#ack-button").ClickAsync();
                await Expect(card).ToHaveAttributeAsync("data-status", "acknowledged", new() { Timeout = WaitMs });
                await field.Locator("#arrive-button").ClickAsync();
                await Expect(card).ToHaveAttributeAsync("data-status", "onScene", new() { Timeout = WaitMs });
                await field.Locator("#handle-result").FillAsync(result);
                await Shot(field, "3-field-on-scene");
                await field.Locator("#handle-button").ClickAsync();
                await Expect(field.Locator("#field-info")).ToHaveTextAsync("已提交处置结果，等待核查", new() { Timeout = WaitMs });
                await Expect(card).ToBeHiddenAsync(new() { Timeout = WaitMs }); // handled: no longer the officer's work
                await Expect(field.Locator("#officer-status")).ToHaveTextAsync("空闲", new() { Timeout = WaitMs });
                await Shot(field, "3-field-handled");

                // ---- 4. the grid worker sees it handled (pushed) and accepts the work
                await Expect(myRow).ToHaveAttributeAsync("data-status", "handled", new() { Timeout = WaitMs });
                await Expect(myRow).ToContainTextAsync(result);
                await Shot(grid, "4-grid-handled");
                await myRow.Locator(".verify-accept").ClickAsync();
                var dialog = grid.Locator("#action-dialog[data-action=\"verify\"]");
                await Expect(dialog).ToBeVisibleAsync(new() { Timeout = WaitMs });
                await grid.Locator("#action-comment").FillAsync(comment);
                await grid.Locator("#action-confirm").ClickAsync();
                await Expect(dialog).ToHaveCountAsync(0, new() { Timeout = WaitMs });
                await Expect(myRow).ToHaveAttributeAsync("data-status", "verified", new() { Timeout = WaitMs });

                // ---- 5. the dispatcher, still on the open panel, sees it verified and closes it
                await Expect(panel).ToHaveAttributeAsync("data-panel-status", "verified", new() { Timeout = WaitMs });
                await console.Locator("#incident-actions .action-button[data-action=\"close\"]").ClickAsync();
                await Expect(panel).ToHaveAttributeAsync("data-panel-status", "closed", new() { Timeout = WaitMs });
                string[] loop = ["report", "register", "dispatch", "acknowledge", "arrive", "handle", "verify", "close"];
                await Expect(console.Locator("#incident-timeline .timeline-item"))
                    .ToHaveCountAsync(loop.Length, new() { Timeout = WaitMs });
                Assert.Equal(loop, await console.Locator("#incident-timeline .timeline-item").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.action)"));
                await Expect(myRow).ToHaveAttributeAsync("data-status", "closed", new() { Timeout = WaitMs });
                await Shot(console, "5-console-closed");
                await Shot(grid, "5-grid-closed");

                var incident = await env.Get($"/api/incidents/{id}", dispatcherToken);
                Assert.Equal("closed", incident.GetProperty("status").GetString());
                Assert.Equal("street-vending", incident.GetProperty("category").GetString());
                Assert.Equal(OfficerId, incident.GetProperty("assignedOfficerId").GetString());
                Assert.Equal(result, incident.GetProperty("result").GetString());
                Assert.Equal("T01", incident.GetProperty("townshipId").GetString());
                Assert.Equal("Z1", incident.GetProperty("zoneId").GetString());

                var timeline = (await env.Get($"/api/incidents/{id}/timeline", dispatcherToken)).EnumerateArray().ToList();
                Assert.Equal(loop, timeline.Select(e => e.GetProperty("action").GetString()));
                Assert.Equal(["reported", "registered", "dispatched", "acknowledged", "onScene", "handled", "verified", "closed"],
                    timeline.Select(e => e.GetProperty("toStatus").GetString()));
                Assert.Equal(["grid", "dispatcher", "dispatcher", "officer", "officer", "officer", "grid", "dispatcher"],
                    timeline.Select(e => e.GetProperty("username").GetString()));
                var times = timeline.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
                Assert.Equal(times.Order(), times);
                output.WriteLine($"closed loop done in {total.ElapsedMilliseconds} ms");
            });
    }

    // ---- helpers for the multi-browser test

    sealed record Tab(string Name, IBrowserContext Context, IPage Page, List<string> Console);

    /// <summary>
    /// One browser context per (name, viewport, device position); the body gets their pages in that order. On a
    /// failure every page is photographed and its browser console written out.
    /// </summary>
    async Task InBrowsers(string test, (string Name, ViewportSize Viewport, (double Lat, double Lon)? Position)[] who, Func<IPage[], Task> body)
    {
        var tabs = new List<Tab>();
        try
        {
            foreach (var (name, viewport, position) in who)
            {
                var options = new BrowserNewContextOptions
                {
                    // One gateway embedded; in a cluster each user the next gateway, so pushes cross the backplane.
                    BaseURL = env.BaseUrls[tabs.Count % env.BaseUrls.Count],
                    Locale = "zh-CN",
                    TimezoneId = "Asia/Shanghai",
                    ViewportSize = viewport,
                };
                if (viewport.Width < 600)
                {
                    options.IsMobile = true;
                    options.HasTouch = true;
                }
                if (position is { } p)
                {
                    options.Permissions = ["geolocation"];
                    options.Geolocation = new Geolocation { Latitude = (float)p.Lat, Longitude = (float)p.Lon, Accuracy = 5 };
                }
                var context = await env.Browser.NewContextAsync(options);
                context.SetDefaultTimeout(WaitMs);
                var page = await context.NewPageAsync();
                var console = new List<string>();
                page.Console += (_, m) => { lock (console) console.Add($"[{m.Type}] {m.Text}"); };
                page.PageError += (_, e) => { lock (console) console.Add($"[pageerror] {e}"); };
                tabs.Add(new Tab(name, context, page, console));
            }
            await body([.. tabs.Select(t => t.Page)]);
        }
        catch
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(dir);
            foreach (var tab in tabs)
            {
                var shot = Path.Combine(dir, $"{test}.{tab.Name}.png");
                try { await tab.Page.ScreenshotAsync(new() { Path = shot, FullPage = true }); output.WriteLine($"screenshot ({tab.Name}): {shot}"); }
                catch (PlaywrightException e) { output.WriteLine($"no screenshot ({tab.Name}): {e.Message}"); }
                output.WriteLine($"{tab.Name} page url: {tab.Page.Url}");
                lock (tab.Console) output.WriteLine($"{tab.Name} browser console:\n" + string.Join('\n', tab.Console));
            }
            output.WriteLine("gateway output (tail):\n" + string.Join('\n', env.GatewayOutput.Split('\n').TakeLast(60)));
            throw;
        }
        finally
        {
            foreach (var tab in tabs) await tab.Context.DisposeAsync();
        }
    }

    /// <summary>Signs in through the form and waits for the role's page with its live connection up.</summary>
    static async Task Ready(IPage page, string username, string? ownPage)
    {
        await SignIn(page, username);
        // The role's own page is reached by location.replace; what counts is that it is there and live (the next line),
        // not its load event, which a busy CI host once delivered after the page was already connected.
        if (ownPage is not null) await page.WaitForURLAsync("**/" + ownPage, new() { Timeout = WaitMs, WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
    }

    static JsonElement? ZoneRow(JsonElement officers) =>
        officers.EnumerateArray().Where(o => o.GetProperty("id").GetString() == OfficerId).Select(o => (JsonElement?)o).SingleOrDefault();

    static double Number(string? s) => double.Parse(s ?? "NaN", CultureInfo.InvariantCulture);

    async Task Shot(IPage page, string name)
    {
        if (string.IsNullOrEmpty(ShotDir)) return;
        Directory.CreateDirectory(ShotDir);
        var path = Path.Combine(ShotDir, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        output.WriteLine("step screenshot: " + path);
    }
}
