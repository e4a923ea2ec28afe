namespace Dispatch.Load;

/// <summary>
/// <c>history</c>: grows the incident history through the real REST API (reported, and at once rejected, all but a few
/// hundred left open) and at each checkpoint measures intake, the list's first and deep pages, and the stored state's
/// size. It is a benchmark: exit code 0 whether or not the target was met (the output says which); 1 when the run
/// could not start, or gave up because most incidents failed (then there is nothing to compare).
/// </summary>
public static class HistoryCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var o = HistoryOptions.Parse(args);
        args.RejectUnknown();

        using var stop = StopSignal.Listen();
        Console.WriteLine($"History bench: {o.Count:N0} reports ({o.Open:N0} left open, the rest rejected at once), {o.Concurrency} at a time, " +
                          $"checkpoints {string.Join(", ", o.Checkpoints.Select(HistoryReport.Label))}");

        await using var api = new HistoryApi(o.Targets);
        Console.WriteLine();
        Console.WriteLine($"== system: {string.Join(", ", o.Targets.Select(DeviceTarget.Display))} ==");
        await api.CheckGatewaysAsync(stop.Token);
        await api.SignInAsync(o.Reporter, o.Password, stop.Token);
        await api.SignInAsync(o.Admin, o.AdminPassword, stop.Token);
        var townships = (await api.RequireAsync<CountyListing>(o.Reporter, "/api/county", stop.Token)).Townships
            .Where(t => o.Zone is null || t.ZoneId == o.Zone).ToList();
        if (townships.Count == 0)
            throw new LoadException($"'{o.Reporter}' sees no township" + (o.Zone is { } z ? $" in zone {z}" : ""));
        var categories = await api.RequireAsync<List<CategoryListing>>(o.Reporter, "/api/categories", stop.Token);
        if (categories.Count == 0) throw new LoadException("GET /api/categories lists no category");
        var zones = townships.Select(t => t.ZoneId).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"  reporting and rejecting as '{o.Reporter}' in zone{(zones.Count == 1 ? "" : "s")} {string.Join(", ", zones)} " +
                          $"({townships.Count} townships), {categories.Count} categories round-robin; state sizes as '{o.Admin}'");

        var intake = new HistoryIntake(o, api, categories, new OpenSpacing(new TownshipPoints(townships)));
        var probe = new CheckpointProbe(o, api, intake);
        var checkpoints = new List<HistoryCheckpoint>();
        using (var progressStop = new CancellationTokenSource())
        {
            var progress = DispatchRun.ProgressAsync(() =>
                $"{intake.Reached:N0} reported, {intake.Created:N0} created, {intake.Merged:N0} merged, " +
                $"{intake.ReportFailures + intake.RejectFailures:N0} failed", progressStop.Token);
            try
            {
                foreach (var at in o.Checkpoints)
                {
                    var window = await intake.RunToAsync(at, stop.Token);
                    if (stop.Token.IsCancellationRequested || intake.GaveUp is not null) break;
                    checkpoints.Add(await probe.MeasureAsync(window, stop.Token));
                    HistoryReport.PrintCheckpoint(checkpoints[^1]);
                }
            }
            catch (OperationCanceledException) when (stop.Token.IsCancellationRequested)
            {
                // Ctrl+C while measuring: the checkpoints so far are the result.
            }
            progressStop.Cancel();
            await progress;
        }
        if (intake.GaveUp is { } reason) Console.WriteLine($"stopped early: {reason}");
        else if (stop.Token.IsCancellationRequested)
            Console.WriteLine($"stopped at {intake.Reached:N0} reports: the figures below are the checkpoints reached before");

        HistoryReport.PrintFailures(intake, api);
        var ratios = HistoryReport.PrintSummary(o, checkpoints);
        if (o.JsonPath is { } path) await HistoryReport.WriteJsonAsync(path, o, checkpoints, ratios);
        return intake.GaveUp is null ? 0 : 1;
    }
}
