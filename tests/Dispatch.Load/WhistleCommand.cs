namespace Dispatch.Load;

/// <summary>
/// <c>whistle</c>: township whistles at a set rate, approved by the township's leader and assigned by each named
/// department's desk; times approval → <c>whistleChanged</c> (open) on every named desk's console and assignment →
/// <c>whistleTaskOffered</c> on the officer's device, then measures the floor (the dispatch bench's: bare SignalR push,
/// bare HTTP request, bare grain call) on the same host at the same rate. Exit code 0, or 3 when nothing arrived or a
/// push never arrived or reached the wrong device.
/// </summary>
public static class WhistleCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var options = WhistleOptions.Parse(args);
        args.RejectUnknown();

        using var stop = StopSignal.Listen();

        Console.WriteLine($"Whistle bench: {options.Rate:0.##} whistles/s for {options.Duration.TotalSeconds:0} s in {options.TownshipId}, naming " +
                          $"{string.Join(", ", options.Departments)}, up to {options.OfficersPerDepartment} officers each" +
                          (options.SkipFloor ? ", floor skipped" : $", then the floor for {options.FloorDuration.TotalSeconds:0} s"));

        var system = await WhistleRun.RunAsync(options, stop.Token);
        WhistleReport.PrintSystem(system);

        DispatchFloorFigures? floor = null;
        WhistleComparison? comparison = null;
        if (!options.SkipFloor && !stop.Token.IsCancellationRequested)
        {
            floor = await DispatchFloorRun.RunAsync(
                new FloorPlan(options.Urls, (int)Math.Max(1, system.Officers.Connected), options.Rate, options.FloorDuration, options.Drain), stop.Token);
            DispatchReport.PrintFloor(floor);
            comparison = WhistleReport.Compare(system, floor);
            WhistleReport.PrintComparison(system, floor, comparison);
        }

        WhistleReport.PrintRow(system, floor, comparison);
        if (options.JsonPath is { } path) await WhistleReport.WriteJsonAsync(path, options, system, floor, comparison);
        var d = system.Deliveries;
        return d.ApproveToDesk.Count == 0 || d.AssignToOffer.Count == 0 || system.Misses > 0 || d.WrongDevice > 0 ? 3 : 0;
    }
}
