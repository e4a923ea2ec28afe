using System.Text.Json;
using System.Text.RegularExpressions;
using Dispatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// A 12345 ticket's whole course: the hotline system files it, the zone dispatcher sees the incident arrive live and
/// dispatches an officer, the officer handles it on the phone, the dispatcher verifies and closes it, and the result goes
/// back to the hotline system's webhook, without the caller's contact.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests
{
    const string HotlineOfficer = "O0002", HotlineOfficerCode = "ZF00002"; // 综合执法, stationed in T01

    [Fact]
    public Task A_hotline_ticket_becomes_an_incident_that_is_dispatched_handled_closed_and_reported_back() => HotlineCourse();

    /// <summary>The ticket's course; in a cluster the dispatcher and the officer are on different gateways.</summary>
    internal async Task HotlineCourse()
    {
        var dispatcherToken = await env.Token("dispatcher");
        var spot = await PointInside("T01");
        var near = (Lat: spot.Lat - 150 / 111_320.0, spot.Lon);
        var ticketId = $"12345-{DateTime.UtcNow:HHmmssfff}";
        const string result = "已劝离流动摊贩，恢复人行道通行";

        await InBrowsers(nameof(HotlineCourse), [("dispatcher", Desk, null), (HotlineOfficerCode, Phone, near)], async tabs =>
        {
            var (console, field) = (tabs[0], tabs[1]);
            await Task.WhenAll(Ready(console, "dispatcher", null), Ready(field, HotlineOfficerCode, "field.html"));
            await Expect(console.Locator("#incident-summary")).ToContainTextAsync("显示", new() { Timeout = WaitMs });
            var duty = field.Locator("#duty-button");
            await Expect(duty).ToHaveAttributeAsync("data-on-duty", new Regex("^(true|false)$"), new() { Timeout = WaitMs });
            if (await duty.GetAttributeAsync("data-on-duty") == "false") await duty.ClickAsync();
            await Eventually.Value(() => env.Get($"/api/officers/{HotlineOfficer}", dispatcherToken),
                o => o.GetProperty("status").GetString() == "available" && o.GetProperty("position").ValueKind == JsonValueKind.Object,
                $"{HotlineOfficer} free with a position", WaitMs);

            // ---- 1. the 12345 system files the ticket; the incident arrives on the console by push
            var filed = await HotlineTicket(ticketId, "占道经营", spot);
            var id = filed.GetProperty("incidentId").GetString()!;
            output.WriteLine($"ticket {ticketId} filed as {id}");
            var row = console.Locator($"#incident-list .incident-row[data-id=\"{id}\"]");
            await Expect(row).ToHaveAttributeAsync("data-row-status", "reported", new() { Timeout = WaitMs });
            await row.ClickAsync();
            var panel = console.Locator($"#incident-panel[data-id=\"{id}\"]");
            await Expect(panel).ToContainTextAsync("12345", new() { Timeout = WaitMs });
            await Expect(panel).Not.ToContainTextAsync("13900000000"); // the caller's phone stays with the ticket

            // ---- 2. registered and dispatched to the officer from the recommendations
            await console.Locator("#incident-actions .action-button[data-action=\"register\"]").ClickAsync();
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "registered", new() { Timeout = WaitMs });
            await console.Locator($"#recommendation-list .recommendation[data-id=\"{HotlineOfficer}\"] .dispatch-button").ClickAsync(new() { Timeout = WaitMs });
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "dispatched", new() { Timeout = WaitMs });
            await Shot(console, "h2-console-dispatched");

            // ---- 3. the officer takes it, arrives and handles it on the phone
            var card = field.Locator($"#assignment-card[data-incident-id=\"{id}\"]");
            await Expect(card).ToBeVisibleAsync(new() { Timeout = WaitMs });
            await Expect(card).Not.ToContainTextAsync("13900000000");
            await field.Locator("#ack-button").ClickAsync();
            await Expect(card).ToHaveAttributeAsync("data-status", "acknowledged", new() { Timeout = WaitMs });
            await field.Locator("#arrive-button").ClickAsync();
            await Expect(card).ToHaveAttributeAsync("data-status", "onScene", new() { Timeout = WaitMs });
            await field.Locator("#handle-result").FillAsync(result);
            await field.Locator("#handle-button").ClickAsync();
            await Expect(card).ToBeHiddenAsync(new() { Timeout = WaitMs });

            // ---- 4. the dispatcher verifies and closes it; the result goes back to the hotline system
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "handled", new() { Timeout = WaitMs });
            await console.Locator("#incident-actions .action-button[data-action=\"verify\"]").ClickAsync();
            await Expect(console.Locator("#action-dialog[data-action=\"verify\"]")).ToBeVisibleAsync(new() { Timeout = WaitMs });
            await console.Locator("#action-confirm").ClickAsync();
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "verified", new() { Timeout = WaitMs });
            await console.Locator("#incident-actions .action-button[data-action=\"close\"]").ClickAsync();
            await Expect(panel).ToHaveAttributeAsync("data-panel-status", "closed", new() { Timeout = WaitMs });
            await Shot(console, "h4-console-closed");

            await Eventually.True(() => env.Webhook.Received.Any(b => b.GetProperty("ticketId").GetString() == ticketId),
                $"the 12345 webhook received {ticketId}", WaitMs);
            var sent = env.Webhook.Received.Single(b => b.GetProperty("ticketId").GetString() == ticketId);
            Assert.Equal(["closedAt", "incidentId", "result", "status", "ticketId"], sent.EnumerateObject().Select(p => p.Name).Order());
            Assert.Equal((id, "closed", result), (sent.GetProperty("incidentId").GetString(), sent.GetProperty("status").GetString(), sent.GetProperty("result").GetString()));
        });
    }
}
