using System.Globalization;
using System.Text.Json;
using Dispatch.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// The console and the field app as users see them: a real gateway, real Chromium, real SignalR. Each test
/// works in its own browser context and leaves no assumption about what the other tests did to officer O0001.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests(GatewayAndBrowser env, ITestOutputHelper output) : IClassFixture<GatewayAndBrowser>
{
    const string OfficerId = "O0001";
    const int WaitMs = 10_000;

    [Fact]
    public Task The_demo_dispatcher_signs_in_and_sees_a_marker_move_when_a_field_device_reports() =>
        InBrowser(nameof(The_demo_dispatcher_signs_in_and_sees_a_marker_move_when_a_field_device_reports), async page =>
        {
            using (var index = await env.Http.GetAsync("/"))
                Assert.Contains("script-src 'self'", string.Join(",", index.Headers.GetValues("Content-Security-Policy")));
            await SignIn(page, "dispatcher");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });

            await using var device = await env.FieldDevice("officer");
            var status = await device.InvokeAsync<string>("SetOnDuty", true);
            Assert.NotEqual("offDuty", status);

            var (lat, lon) = await PointInside("T01");
            var first = DateTimeOffset.UtcNow;
            await Report(device, lat, lon, first);
            var marker = await MarkerAt(page, lat, lon);
            Assert.Equal("available", marker.Status);

            var lat2 = Math.Round(lat + 50 / 111_320.0, 7); // ~50 m north, 3 s later by the device's clock: ~17 m/s
            await Report(device, lat2, lon, first.AddSeconds(3));
            marker = await MarkerAt(page, lat2, lon);
            Assert.Equal("available", marker.Status);
            await Expect(page.Locator($"[data-officer-id=\"{OfficerId}\"]")).ToHaveCountAsync(1);
        });

    [Fact]
    public Task The_console_shows_the_embedded_demo_banner_and_the_officer_list_in_chinese() =>
        InBrowser(nameof(The_console_shows_the_embedded_demo_banner_and_the_officer_list_in_chinese), async page =>
        {
            var officer = await env.Get($"/api/officers/{OfficerId}", await env.Token("dispatcher"));
            var name = officer.GetProperty("name").GetString()!;

            await SignIn(page, "dispatcher");
            await Expect(page.Locator("#mode-banner")).ToContainTextAsync("演示模式", new() { Timeout = WaitMs });
            await Expect(page.Locator("#officer-list")).ToContainTextAsync(name, new() { Timeout = WaitMs });

            var row = page.Locator($"#officer-list .officer-row[data-id=\"{OfficerId}\"]");
            await Expect(row.Locator(".c-name")).ToHaveTextAsync(name);
            await Expect(row.Locator(".c-dept")).ToHaveTextAsync("综合执法");
            await Expect(row.Locator(".c-town")).ToHaveTextAsync("城东街道");
            // The dispatcher of zone Z1 sees its zone's 100 officers, each on a row.
            await Expect(page.Locator("#officer-list .officer-row")).ToHaveCountAsync(100);
            await Expect(page.Locator(".officer-list-head")).ToContainTextAsync("姓名");
            await Expect(page.Locator("#conn-state")).ToHaveTextAsync("已连接", new() { Timeout = WaitMs });
        });

    [Fact]
    public Task When_an_administrator_revokes_the_accounts_tokens_the_console_goes_back_to_sign_in() =>
        InBrowser(nameof(When_an_administrator_revokes_the_accounts_tokens_the_console_goes_back_to_sign_in), async page =>
        {
            await SignIn(page, "county");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });

            using var revoke = new HttpRequestMessage(HttpMethod.Post, "/api/accounts/county/revoke-tokens");
            revoke.Headers.Authorization = new("Bearer", await env.Token("admin"));
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await env.Http.SendAsync(revoke)).StatusCode);

            // The server drops the hub connection; the reconnect is refused (401) and the console signs the user out.
            await Expect(page.Locator("#username")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('dispatch.session')"));
            // Signing in again works.
            await SignIn(page, "county");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
        });

    [Fact]
    public Task A_wrong_password_shows_an_error_and_stays_on_the_sign_in_page() =>
        InBrowser(nameof(A_wrong_password_shows_an_error_and_stays_on_the_sign_in_page), async page =>
        {
            await SignIn(page, "dispatcher", "not-the-password");

            await Expect(page.Locator("#login-error")).ToHaveTextAsync("用户名或密码错误", new() { Timeout = WaitMs });
            await Expect(page.Locator("#login-button")).ToBeEnabledAsync();
            await Expect(page.Locator("#username")).ToHaveValueAsync("dispatcher");
            await Expect(page.Locator("#map")).ToHaveCountAsync(0);
            await Expect(page.Locator("#conn-state")).ToHaveCountAsync(0);
            Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('dispatch.session')"));
            Assert.DoesNotContain("field.html", page.Url);
        });

    [Fact]
    public Task A_read_answered_503_while_the_cluster_fails_over_is_retried_and_the_console_still_fills() =>
        InBrowser(nameof(A_read_answered_503_while_the_cluster_fails_over_is_retried_and_the_console_still_fills), async page =>
        {
            // The first officer list request meets a silo failover: the gateway's answer then is 503 with Retry-After.
            var calls = 0;
            await page.RouteAsync("**/api/officers", async route =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                    await route.FulfillAsync(new()
                    {
                        Status = 503,
                        Headers = new Dictionary<string, string> { ["Retry-After"] = "1" },
                        ContentType = "application/problem+json",
                        Body = """{"status":503,"title":"服务正在切换节点，请稍后重试"}""",
                    });
                else await route.ContinueAsync();
            });

            await SignIn(page, "dispatcher");

            await Expect(page.Locator("#officer-list .officer-row")).ToHaveCountAsync(100, new() { Timeout = WaitMs });
            Assert.Equal(2, calls);
        });

    [Fact]
    public Task The_officer_field_page_goes_on_duty() =>
        InBrowser(nameof(The_officer_field_page_goes_on_duty), async page =>
        {
            // Start off duty whatever the other tests left behind.
            await using (var device = await env.FieldDevice("officer"))
                Assert.Equal("offDuty", await device.InvokeAsync<string>("SetOnDuty", false));
            var token = await env.Token("dispatcher");
            await OfficerStatus(token, "offDuty");

            await SignIn(page, "officer");
            await page.WaitForURLAsync("**/field.html", new() { Timeout = WaitMs, WaitUntil = WaitUntilState.Commit });
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
            var duty = page.Locator("#duty-button");
            await Expect(duty).ToHaveAttributeAsync("data-on-duty", "false", new() { Timeout = WaitMs });
            await Expect(duty).ToHaveTextAsync("上岗");

            await duty.ClickAsync();

            await Expect(duty).ToHaveAttributeAsync("data-on-duty", "true", new() { Timeout = WaitMs });
            await Expect(duty).ToHaveTextAsync("下岗");
            await Expect(page.Locator("#officer-status")).ToHaveTextAsync("空闲");
            await OfficerStatus(token, "available");
        }, new ViewportSize { Width = 390, Height = 844 });

    // ---- helpers

    async Task InBrowser(string test, Func<IPage, Task> body, ViewportSize? viewport = null)
    {
        await using var context = await env.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = env.BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = viewport ?? new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => { lock (console) console.Add($"[{m.Type}] {m.Text}"); };
        page.PageError += (_, e) => { lock (console) console.Add($"[pageerror] {e}"); };
        try
        {
            await body(page);
            // The gateway's Content-Security-Policy must not get in the console's way (Chromium reports every refusal
            // on the console as "Refused to … because it violates the following Content Security Policy directive").
            lock (console)
                Assert.True(!console.Any(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)),
                    "CSP violations:\n" + string.Join('\n', console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))));
        }
        catch
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(dir);
            var shot = Path.Combine(dir, test + ".png");
            try { await page.ScreenshotAsync(new() { Path = shot, FullPage = true }); output.WriteLine("screenshot: " + shot); }
            catch (PlaywrightException e) { output.WriteLine("no screenshot: " + e.Message); }
            output.WriteLine("page url: " + page.Url);
            lock (console) output.WriteLine("browser console:\n" + string.Join('\n', console));
            output.WriteLine("gateway output (tail):\n" + string.Join('\n', env.GatewayOutput.Split('\n').TakeLast(60)));
            throw;
        }
    }

    static async Task SignIn(IPage page, string username, string password = "demo")
    {
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-button").ClickAsync();
    }

    static async Task Report(HubConnection device, double lat, double lon, DateTimeOffset deviceTime)
    {
        var result = await device.InvokeAsync<JsonElement>("ReportPosition", new { lat, lon, accuracy = 5.0, deviceTime });
        Assert.True(result.GetProperty("accepted").GetBoolean(), $"fix {lat},{lon} at {deviceTime:O} not accepted: {result}");
    }

    sealed record Marker(double Lat, double Lon, string Status);

    /// <summary>Waits until officer O0001's marker sits at the position (to 5 decimals, ~1 m).</summary>
    async Task<Marker> MarkerAt(IPage page, double lat, double lon)
    {
        Marker? last = null;
        try
        {
            return (await Eventually.Value(
                async () => last = await ReadMarker(page),
                m => m is not null && Math.Abs(m.Lat - lat) < 1e-5 && Math.Abs(m.Lon - lon) < 1e-5,
                $"marker of {OfficerId} at {lat},{lon}", WaitMs))!;
        }
        finally
        {
            output.WriteLine($"marker of {OfficerId} last seen: {last?.ToString() ?? "none"}");
        }
    }

    static async Task<Marker?> ReadMarker(IPage page)
    {
        var a = await page.EvaluateAsync<string[]?>(
            """id => { const e = document.querySelector(`[data-officer-id="${id}"]`); return e ? [e.dataset.lat, e.dataset.lon, e.dataset.status] : null; }""",
            OfficerId);
        if (a is not [var la, var lo, var st]) return null;
        return new Marker(double.Parse(la, CultureInfo.InvariantCulture), double.Parse(lo, CultureInfo.InvariantCulture), st);
    }

    Task OfficerStatus(string token, string status) =>
        Eventually.Value(async () => (await env.Get($"/api/officers/{OfficerId}", token)).GetProperty("status").GetString(),
            s => s == status, $"GET /api/officers/{OfficerId} status {status}", WaitMs);

    /// <summary>The vertex centroid of a township's outline, checked to lie inside it (ray casting), rounded to 6 decimals.</summary>
    async Task<(double Lat, double Lon)> PointInside(string townshipId)
    {
        var ring = await Outline(townshipId);
        var vertices = ring[0] == ring[^1] ? ring[..^1] : ring;
        var lat = Math.Round(vertices.Average(p => p.Lat), 6);
        var lon = Math.Round(vertices.Average(p => p.Lon), 6);
        Assert.True(Inside(ring, lat, lon), $"{lat},{lon} is not inside {townshipId}");
        return (lat, lon);
    }

    /// <summary>
    /// <paramref name="count"/> points inside a township, nearest its centroid first, on a lattice ~150 m apart: further
    /// than the 100 m within which a report of the same category joins an open incident, so none of them merge.
    /// </summary>
    async Task<List<(double Lat, double Lon)>> PointsInside(string townshipId, int count)
    {
        var ring = await Outline(townshipId);
        var (lat0, lon0) = await PointInside(townshipId);
        var dLat = 150 / 111_320.0;
        var dLon = dLat / Math.Cos(lat0 * Math.PI / 180);
        var points = (from i in Enumerable.Range(-12, 25)
                      from j in Enumerable.Range(-12, 25)
                      orderby i * i + j * j, i, j
                      select (Lat: Math.Round(lat0 + i * dLat, 6), Lon: Math.Round(lon0 + j * dLon, 6)))
            .Where(p => Inside(ring, p.Lat, p.Lon)).Take(count).ToList();
        Assert.True(points.Count == count, $"only {points.Count} of {count} lattice points lie inside {townshipId}");
        return points;
    }

    async Task<List<(double Lon, double Lat)>> Outline(string townshipId)
    {
        var county = await env.Get("/api/county", await env.Token("dispatcher"));
        var township = county.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("id").GetString() == townshipId);
        return township.GetProperty("outline").GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => (Lon: p[0].GetDouble(), Lat: p[1].GetDouble())).ToList();
    }

    static bool Inside(List<(double Lon, double Lat)> ring, double lat, double lon)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
            if ((ring[i].Lat > lat) != (ring[j].Lat > lat) &&
                lon < (ring[j].Lon - ring[i].Lon) * (lat - ring[i].Lat) / (ring[j].Lat - ring[i].Lat) + ring[i].Lon)
                inside = !inside;
        return inside;
    }
}
