namespace Dispatch.Load;

/// <summary>
/// <c>run</c>: measures the system, then the echo floor on the same host with the same fleet and rate, and
/// prints both, the comparison and a README row. Exit code 0, or 3 when the latency target is missed or the
/// system accepted nothing.
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(Args args)
    {
        var options = RunOptions.Parse(args);
        args.RejectUnknown();

        using var stop = StopSignal.Listen();

        Console.WriteLine($"Dispatch load: {options.Devices} devices (ZF{options.FirstOfficer:00000}…{options.OfficerCode(options.Devices - 1)}), " +
                          $"one fix every {options.Interval.TotalSeconds:0.###} s for {options.Duration.TotalSeconds:0} s, " +
                          $"sign-in parallelism {options.Parallel}" + (options.Ramp > TimeSpan.Zero ? $", ramp {options.Ramp.TotalSeconds:0} s" : "") +
                          (options.SkipFloor ? ", floor skipped" : ", then the echo floor"));

        RunFigures system;
        await using (var target = new SystemTarget(options))
            system = await LoadRun.RunAsync(target, options, stop.Token);
        Report.PrintRun(system);

        RunFigures? floor = null;
        Comparison? comparison = null;
        if (!options.SkipFloor && !stop.Token.IsCancellationRequested)
        {
            await using (var echo = await EchoFloor.StartAsync(options, stop.Token))
                floor = await LoadRun.RunAsync(echo, options, stop.Token);
            Report.PrintRun(floor);
            comparison = Report.Compare(system, floor, options.BatchWindowMs);
            Report.PrintComparison(system, floor, comparison);
        }

        Report.PrintRow(options, system, floor, comparison);
        if (options.JsonPath is { } path) await Report.WriteJsonAsync(path, options, system, floor, comparison);
        return system.Accepted == 0 || comparison is { MeetsTarget: false } ? 3 : 0;
    }
}
