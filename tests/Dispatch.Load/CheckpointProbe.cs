using System.Net;
using System.Text.Json;

namespace Dispatch.Load;

/// <summary>
/// What the history bench measures at a checkpoint, with the intake stopped: the list (first page, deep walk) as the
/// reporter, then every grain's stored size and the query store's as the admin. A figure that cannot be had is
/// recorded with the reason and the run goes on: the intake figures still count.
/// </summary>
public sealed class CheckpointProbe(HistoryOptions o, HistoryApi api, HistoryIntake intake)
{
    const string StateSizesPath = "/api/system/state-sizes";

    readonly ListProbe _list = new(api, o.Reporter, o.DeepPages);

    public async Task<HistoryCheckpoint> MeasureAsync(IntakeWindow window, CancellationToken ct)
    {
        var firstPage = await _list.FirstPageAsync(ct);
        var deep = await _list.DeepWalkAsync(ct);
        var (states, statesError) = await StateSizesAsync(ct);
        return new HistoryCheckpoint(
            window.To, intake.Created, intake.Rejected, intake.LeftOpen, intake.Merged, intake.ReportFailures, intake.RejectFailures,
            api.Waited(HttpStatusCode.TooManyRequests), api.Waited(HttpStatusCode.ServiceUnavailable),
            window, firstPage, deep, states, statesError);
    }

    async Task<(StateSizes? Sizes, string? Error)> StateSizesAsync(CancellationToken ct)
    {
        try
        {
            var answer = await api.GetAsync(o.Admin, StateSizesPath, "state sizes", ct);
            if (answer.Status != HttpStatusCode.OK)
                return (null, $"GET {StateSizesPath} as '{o.Admin}' answered {(int)answer.Status}: {answer.Problem}" +
                              (answer.Status == HttpStatusCode.NotFound ? " (this gateway has no state-size endpoint)" : ""));
            var sizes = JsonSerializer.Deserialize<StateSizes>(answer.Body, LoadHttp.Json);
            return sizes is { Grains: not null, QueryStore: not null }
                ? (sizes, null)
                : (null, $"GET {StateSizesPath} answered without \"grains\" or \"queryStore\"");
        }
        catch (JsonException e)
        {
            return (null, $"GET {StateSizesPath} answered something else than the sizes: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, $"GET {StateSizesPath}: {FleetCounters.Describe(e)}");
        }
    }
}

/// <summary>Everything known at one checkpoint; the counts are since the run began, the window since the last checkpoint.</summary>
public sealed record HistoryCheckpoint(
    long At, long Created, long Rejected, long LeftOpen, long Merged, long ReportFailures, long RejectFailures,
    long RateLimited, long Unavailable,
    IntakeWindow Window, FirstPageFigures FirstPage, DeepWalkFigures DeepWalk, StateSizes? States, string? StatesError)
{
    public GrainStateSize? LargestGrain => States?.Grains.MaxBy(g => g.Bytes);

    public IReadOnlyList<GrainStateSize> GrainsOverLimit =>
        States?.Grains.Where(g => g.Bytes > HistoryNames.GrainBytesLimit).OrderByDescending(g => g.Bytes).ToList() ?? [];
}
