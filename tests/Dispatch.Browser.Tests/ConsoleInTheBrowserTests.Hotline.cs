using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>The console's 热线 tab: a 12345 ticket waiting in triage is placed on the map, and a result that could not go back is listed.</summary>
public sealed partial class ConsoleInTheBrowserTests
{
    async Task<JsonElement> HotlineTicket(string ticketId, string category, (double Lat, double Lon)? at)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/hotline")
        {
            Content = JsonContent.Create(new
            {
                ticketId, category, description = "来电反映夜间施工噪声", address = "城东街道人民路 8 号",
                location = at is { } p ? new { lat = p.Lat, lon = p.Lon } : null, deadlineClass = "24h", contact = new { name = "王女士", phone = "13900000000" },
            }),
        };
        request.Headers.Add("X-Api-Key", "demo-hotline-key");
        using var response = await env.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"hotline ticket: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public Task The_county_places_a_triaged_hotline_ticket_on_the_map_and_sees_the_dead_letters() =>
        InBrowser(nameof(The_county_places_a_triaged_hotline_ticket_on_the_map_and_sees_the_dead_letters), async page =>
        {
            var stamp = DateTime.UtcNow.ToString("HHmmssfff");
            var triaged = $"BR-{stamp}-T";
            await HotlineTicket(triaged, "噪声扰民", null);
            // The tests' 12345 receiver refuses tickets ending in -D, and a result is tried once here: a dead letter at once.
            var filed = await HotlineTicket($"BR-{stamp}-D", "占道经营", await PointInside("T03"));
            await env.Post($"/api/incidents/{filed.GetProperty("incidentId").GetString()}/actions/reject", await env.Token("county"), new { reason = "重复工单" });

            await SignIn(page, "county");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
            await page.Locator("#tab-hotline").ClickAsync();
            var row = page.Locator($".triage-row[data-ticket-id=\"{triaged}\"]");
            await Expect(row).ToContainTextAsync("王女士 13900000000", new() { Timeout = WaitMs });
            await Expect(page.Locator($".delivery-row[data-ticket-id=\"BR-{stamp}-D\"]")).ToContainTextAsync("HTTP 500", new() { Timeout = WaitMs });

            await row.Locator(".triage-place").ClickAsync();
            await page.Locator("#triage-category").SelectOptionAsync("littering");
            var map = await page.Locator("#map").BoundingBoxAsync();
            await page.Mouse.ClickAsync(map!.X + map.Width / 2, map.Y + map.Height / 2); // the county fills the map: its middle is inside
            await Expect(page.Locator("#triage-location")).ToHaveAttributeAsync("data-lat", new System.Text.RegularExpressions.Regex(@"^\d"), new() { Timeout = WaitMs });
            if (ShotDir is { } dir) await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "hotline-triage.png"), FullPage = true });
            await page.Locator("#triage-submit").ClickAsync();
            await Expect(row).ToHaveCountAsync(0, new() { Timeout = WaitMs });
            await Expect(page.Locator(".triage-note")).ToContainTextAsync("已转为事件", new() { Timeout = WaitMs });
        });
}
