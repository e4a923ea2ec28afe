using System.Net;
using System.Text.Json;

namespace Dispatch.Load;

/// <summary>
/// The incident list as a console pages it, on the first gateway as the reporting account: the first page (what every
/// console opens with) timed several times, and a walk down the history by <c>nextCursor</c>, checking that no
/// incident turns up twice on the way (a cursor that skips or repeats items is a wrong list, however fast).
/// </summary>
public sealed class ListProbe(HistoryApi api, string account, int deepPages)
{
    /// <summary>Enough calls for a steady median, few enough to leave the history undisturbed.</summary>
    const int FirstPageCalls = 20;
    const int FirstPageLimit = 50;
    const int DeepLimit = 200;

    public async Task<FirstPageFigures> FirstPageAsync(CancellationToken ct)
    {
        var latency = new LatencyStats();
        var items = 0;
        for (var i = 0; i < FirstPageCalls; i++)
        {
            var (page, ms, error) = await PageAsync($"/api/incidents?limit={FirstPageLimit}", ct);
            if (page is null) return new FirstPageFigures(latency.Summarize(), items, error);
            latency.Add(ms);
            items = page.Items.Count;
        }
        return new FirstPageFigures(latency.Summarize(), items, null);
    }

    /// <summary>From the first page of 200 down, until <c>nextCursor</c> is null or <see cref="deepPages"/> pages were read.</summary>
    public async Task<DeepWalkFigures> DeepWalkAsync(CancellationToken ct)
    {
        var latency = new LatencyStats();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long items = 0, duplicates = 0;
        double deepest = 0;
        string? cursor = null;
        var pages = 0;
        do
        {
            var path = $"/api/incidents?limit={DeepLimit}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var (page, ms, error) = await PageAsync(path, ct);
            if (page is null) return new DeepWalkFigures(pages, items, duplicates, false, latency.Summarize(), deepest, error);
            pages++;
            latency.Add(ms);
            deepest = Math.Round(ms, 1);
            foreach (var item in page.Items)
            {
                items++;
                if (!seen.Add(item.Id)) duplicates++;
            }
            cursor = page.NextCursor;
        } while (cursor is not null && pages < deepPages);
        return new DeepWalkFigures(pages, items, duplicates, cursor is null, latency.Summarize(), deepest, null);
    }

    /// <summary>One page, its round trip, or why it is not a page (a refusal, or the list's shape before paging).</summary>
    async Task<(IncidentPage? Page, double Ms, string? Error)> PageAsync(string path, CancellationToken ct)
    {
        HistoryAnswer answer;
        try { answer = await api.GetAsync(account, path, "list", ct); }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, 0, $"GET {path}: {FleetCounters.Describe(e)}");
        }
        if (answer.Status != HttpStatusCode.OK)
            return (null, answer.Ms, $"GET {path} answered {(int)answer.Status}: {answer.Problem}");
        try
        {
            using var doc = JsonDocument.Parse(answer.Body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return (null, answer.Ms, $"GET {path} answered a JSON {doc.RootElement.ValueKind.ToString().ToLowerInvariant()}, " +
                                         "not a page {items, nextCursor, asOf}: this gateway has no paged incident list");
            var page = doc.RootElement.Deserialize<IncidentPage>(LoadHttp.Json);
            return page?.Items is null
                ? (null, answer.Ms, $"GET {path} answered an object without \"items\"")
                : (page, answer.Ms, null);
        }
        catch (JsonException e)
        {
            return (null, answer.Ms, $"GET {path} answered something that is not a page: {e.Message}");
        }
    }
}

/// <summary><c>GET /api/incidents?limit=50</c> timed <see cref="Latency"/>.Count times; the items on it; or why it failed.</summary>
public sealed record FirstPageFigures(LatencySummary Latency, int Items, string? Error);

/// <summary>
/// The walk by <c>nextCursor</c> (limit 200): pages and items read, ids seen twice (must be 0), whether the end of the
/// list was reached, each page's latency and the deepest page's; or why it stopped.
/// </summary>
public sealed record DeepWalkFigures(int Pages, long Items, long Duplicates, bool ReachedEnd, LatencySummary PageLatency,
    double DeepestPageMs, string? Error);
