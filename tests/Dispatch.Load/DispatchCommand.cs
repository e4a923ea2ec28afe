namespace Dispatch.Load;

/// <summary>
/// <c>dispatch</c>: urgent incidents over REST at a set rate, auto-dispatched by the system to officers on real
/// /hubs/field connections; times 201 → assignmentOffered on the assigned officer's device, then measures the
/// floor (bare SignalR push, bare HTTP request) on the same host at the same rate. Exit code 0, or 3 when nothing
/// was offered or an incident assigned to a fleet officer was never offered to it.
/// </summary>
public static class DispatchCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var options = DispatchOptions.Parse(args);
        args.RejectUnknown();

        using var stop = StopSignal.Listen();

        Console.WriteLine($"Dispatch bench: {options.Officers} officers ({options.Fleet.OfficerCode(0)}…{options.Fleet.OfficerCode(options.Officers - 1)}), " +
                          $"{options.Rate:0.##} urgent incidents/s for {options.Duration.TotalSeconds:0} s as '{options.Reporter}'" +
                          (options.SkipFloor ? ", floor skipped" : $", then the floor for {options.FloorDuration.TotalSeconds:0} s"));

        var system = await DispatchRun.RunAsync(options, stop.Token);
        DispatchReport.PrintSystem(system);

        DispatchFloorFigures? floor = null;
        DispatchComparison? comparison = null;
        if (!options.SkipFloor && !stop.Token.IsCancellationRequested)
        {
            floor = await DispatchFloorRun.RunAsync(options, stop.Token);
            DispatchReport.PrintFloor(floor);
            comparison = DispatchReport.Compare(system, floor);
            DispatchReport.PrintComparison(system, floor, comparison);
        }

        DispatchReport.PrintRow(options, system, floor, comparison);
        if (options.JsonPath is { } path) await DispatchReport.WriteJsonAsync(path, options, system, floor, comparison);
        return system.Offered == 0 || system.NeverOffered > 0 || system.WrongDevice > 0 ? 3 : 0;
    }
}
