using System.Text.Json;
using Dispatch.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dispatch.Browser.Tests;

/// <summary>
/// The console's 历史 (ended incidents) as the zone dispatcher uses it: more ended incidents than one page holds, two of
/// the same search still open, a search narrowed by category and by status.
/// </summary>
public sealed partial class ConsoleInTheBrowserTests
{
    /// <summary>Rows the 历史 view asks for per page (HISTORY_PAGE in web-console/src/features/incidents/console/incidentHistory.ts).</summary>
    const int HistoryPage = 50;

    [Fact]
    public Task The_history_lists_ended_incidents_newest_first_a_page_at_a_time_and_narrows_with_the_filters() =>
        InBrowser(nameof(The_history_lists_ended_incidents_newest_first_a_page_at_a_time_and_narrows_with_the_filters), async page =>
        {
            // 54 hotline reports in township T04 (no other test reports there) with one tag in every description: all but the
            // 20th and the 40th rejected (不予立案), every 13th 餐饮油烟 rather than 乱堆乱放.
            var dispatcher = await env.Token("dispatcher");
            var tag = $"历史巡查{DateTime.UtcNow:HHmmssfff}";
            var spots = await PointsInside("T04", 54);
            var ended = new List<(string Id, long CreatedMs, string Category)>();
            var open = new List<string>();
            for (var n = 1; n <= spots.Count; n++)
            {
                var fumes = n % 13 == 0;
                var created = await env.Post("/api/incidents", dispatcher, new
                {
                    category = fumes ? "cooking-fumes" : "littering",
                    description = fumes ? $"{tag} 第{n:00}件：沿街餐馆油烟直排，居民来电投诉" : $"{tag} 第{n:00}件：人行道旁堆放杂物，影响通行",
                    source = "hotline",
                    location = new { lat = spots[n - 1].Lat, lon = spots[n - 1].Lon },
                });
                var id = created.GetProperty("id").GetString()!;
                Assert.Equal("reported", created.GetProperty("status").GetString());
                if (n % 20 == 0) { open.Add(id); continue; }
                await env.Post($"/api/incidents/{id}/actions/reject", dispatcher, new { reason = "经核实不属于执法事项" });
                ended.Add((id, created.GetProperty("createdAt").GetDateTimeOffset().ToUnixTimeMilliseconds(), fumes ? "cooking-fumes" : "littering"));
            }
            Assert.Equal(54, ended.Select(e => e.Id).Concat(open).Distinct().Count()); // no report joined another
            // Newest first: by creation time (to the millisecond), then number, as the list orders them.
            List<string> NewestFirst(Func<(string Id, long CreatedMs, string Category), bool> which) =>
                ended.Where(which).OrderByDescending(e => e.CreatedMs).ThenByDescending(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
            var all = NewestFirst(_ => true);
            var fumesOnly = NewestFirst(e => e.Category == "cooking-fumes");
            // The history is the query model, which follows the incidents a moment behind: wait until it lists them all.
            await Eventually.Value(
                async () => (await env.Get($"/api/incidents?status=rejected,closed,evaluated&limit=200&q={Uri.EscapeDataString(tag)}", dispatcher))
                    .GetProperty("items").GetArrayLength(),
                n => n == ended.Count, $"the {ended.Count} rejected incidents in the history", WaitMs);
            var county = await env.Get("/api/county", dispatcher);
            var township = county.GetProperty("townships").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "T04").GetProperty("name").GetString()!;

            await SignIn(page, "dispatcher");
            await Expect(page.Locator("#conn-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = WaitMs });
            await page.Locator("#incident-view-history").ClickAsync();
            await Expect(page.Locator("#incident-view-history")).ToHaveAttributeAsync("aria-pressed", "true");
            await Expect(page.Locator("#incident-history")).ToBeVisibleAsync();
            // Opening it searches once with no filters: the newest ended incidents (ours among them, other tests' too).
            await Expect(page.Locator("#history-as-of")).ToContainTextAsync("数据截至", new() { Timeout = WaitMs });

            var rows = page.Locator("#history-table .history-row");
            var numbers = page.Locator("#history-table .history-row td[data-col=\"id\"]");
            var summary = page.Locator("#history-summary");
            var more = page.Locator("#history-more");
            static string[] Shown(IEnumerable<string> ids) => [.. ids.Select(id => "#" + id)];

            // ---- the tag and one category: only the four 餐饮油烟, newest first, on one page
            await page.Locator("#history-q").FillAsync(tag);
            await page.Locator("#history-category").SelectOptionAsync("cooking-fumes");
            await page.Locator("#history-search").ClickAsync();
            await Expect(numbers).ToHaveTextAsync(Shown(fumesOnly), new() { Timeout = WaitMs });
            await Expect(summary).ToHaveTextAsync($"共 {fumesOnly.Count} 件");
            await Expect(more).ToBeHiddenAsync();
            await Expect(rows.Locator("td[data-col=\"category\"]")).ToHaveTextAsync(Enumerable.Repeat("餐饮油烟", fumesOnly.Count).ToArray());
            await Shot(page, "history-narrowed");

            // ---- every category: a first page of 50, then 加载更多 brings the last two, none twice, the open ones never
            await page.Locator("#history-category").SelectOptionAsync("");
            await page.Locator("#history-search").ClickAsync();
            await Expect(numbers).ToHaveTextAsync(Shown(all.Take(HistoryPage)), new() { Timeout = WaitMs });
            await Expect(summary).ToHaveTextAsync($"已加载 {HistoryPage} 件，可继续加载");
            await Expect(more).ToBeVisibleAsync();
            var first = rows.First;
            await Expect(first.Locator("td[data-col=\"status\"]")).ToHaveTextAsync("不予立案");
            await Expect(first.Locator("td[data-col=\"township\"]")).ToHaveTextAsync(township);
            await Expect(first.Locator("td[data-col=\"department\"]")).ToHaveTextAsync("综合执法");
            await Shot(page, "history-first-page");
            if (!string.IsNullOrEmpty(ShotDir))
            {
                // The console is also opened on phones: the same page at a phone's width.
                await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
                await Shot(page, "history-phone");
                await page.SetViewportSizeAsync(Desk.Width, Desk.Height);
            }

            await more.ClickAsync();
            await Expect(numbers).ToHaveTextAsync(Shown(all), new() { Timeout = WaitMs });
            await Expect(summary).ToHaveTextAsync($"共 {all.Count} 件");
            await Expect(more).ToBeHiddenAsync();
            var ids = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
            Assert.Equal(ids.Length, ids.Distinct().Count());
            Assert.All(open, id => Assert.DoesNotContain(id, ids));
            Assert.Equal(["rejected"], (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.status)")).Distinct());

            // ---- a row opens the incident's panel, as in the queue
            await rows.Nth(HistoryPage).ClickAsync();
            await Expect(page.Locator($"#incident-panel[data-id=\"{all[HistoryPage]}\"]")).ToHaveAttributeAsync("data-panel-status", "rejected", new() { Timeout = WaitMs });
            await page.Locator("#incident-panel-close").ClickAsync();
            await Expect(page.Locator("#incident-panel")).ToBeHiddenAsync(new() { Timeout = WaitMs });

            // ---- only 已结案: none of them was closed, and the view says so instead of showing an empty table
            await page.Locator("#history-status-closed").CheckAsync();
            await page.Locator("#history-search").ClickAsync();
            var empty = page.Locator("#history-empty");
            await Expect(empty).ToBeVisibleAsync(new() { Timeout = WaitMs });
            await Expect(empty).ToContainTextAsync("没有符合条件的已办结事件");
            await Expect(page.Locator("#history-table")).ToHaveCountAsync(0);
            await Expect(summary).ToHaveTextAsync("共 0 件");
            await Expect(more).ToBeHiddenAsync();
            await Shot(page, "history-empty");
        });
}
