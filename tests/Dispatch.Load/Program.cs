using Dispatch.Load;

// Dispatch load tool: simulated field devices against a running gateway, measured against a bare SignalR floor.
// No System.CommandLine: a subcommand and --name value options (see Usage).

const string Usage = """
    Dispatch.Load — field-device, dispatch and history load against a running Dispatch gateway (HTTP + SignalR only).

    dotnet run -c Release --project tests/Dispatch.Load -- run [options]
      --url URL[,URL…]       gateway(s); devices are dealt round-robin, the console uses the first (default http://127.0.0.1:5080)
      --devices N            simulated devices, officer codes ZF00001 onwards (default 300)
      --first K              first officer number, to split a fleet over several tool processes (default 1)
      --interval S           seconds between one device's fixes (default 10)
      --duration S           sending window in seconds (default 60); a fixed --drain follows
      --ramp S               spread sign-ins and connects over at least S seconds (default 0: as fast as --parallel allows)
      --parallel P           sign-ins/connects at a time (default 16)
      --connect-timeout S    give up connecting the rest after S seconds (default 300)
      --drain S              wait for answers and console arrivals after the window (default 5)
      --console-user U       console account, county scope (default county)
      --password P           console password (default demo)
      --device-password P    officers' password (default demo)
      --batch-window-ms MS   the gateway's feed batching window, for the latency target (default 250)
      --skip-floor           do not measure the in-process echo floor
      --json PATH            also write the figures as JSON
      --allow-remote         allow a non-loopback --url

    dotnet run -c Release --project tests/Dispatch.Load -- dispatch [options]
      urgent incidents over REST, auto-dispatched to officers on /hubs/field; times 201 → assignmentOffered, then the floor
      --url URL[,URL…]       gateway(s); officers and reports are dealt round-robin (default http://127.0.0.1:5080)
      --officers N           officers' devices, codes ZF00001 onwards (default 300)
      --first K              first officer number (default 1)
      --rate R               incidents per second (default 2)
      --duration S           reporting window in seconds (default 60)
      --drain S              wait for answers, offers and completions after the window (default 10)
      --reporter U           reporting account: county (all zones) or dispatcher (zone Z1) (default county)
      --reporter-password P  (default demo)
      --categories A,B,…     category ids round-robin (default: every listed category with a department in the fleet)
      --interval S           seconds between one officer's fixes (default 10)
      --parallel P           sign-ins/connects at a time (default 16)
      --connect-timeout S    give up connecting the rest after S seconds (default 300)
      --console-user U / --password P / --device-password P   (county / demo / demo)
      --warmup N             incidents end to end before the window, not counted (default 5)
      --floor-duration S     how long the floor samples at --rate (default: --duration)
      --skip-floor           no floor
      --json PATH            also write the figures as JSON
      --allow-remote         allow a non-loopback --url

    dotnet run -c Release --project tests/Dispatch.Load -- whistle [options]
      township whistles approved and assigned at a steady rate; times approve → whistleChanged on every named desk's console
      and assign → whistleTaskOffered on the officer's device, then the floor (demo county accounts: township, leader, desk-*)
      --url URL[,URL…]       gateway(s); whistles and officers are dealt round-robin, desk consoles on the first (default http://127.0.0.1:5080)
      --rate R               whistles per second (default 2)
      --duration S           window in seconds (default 60)
      --departments A,B,…    named departments, the lead first (default scjg,zhzf)
      --officers-per-department N   devices per department, the pool assignments take from (default 10)
      --township-id T        township of the whistles (default T01) / --township U (default township) / --approver U (default leader)
      --password P           password of the township, approver, desk and console accounts (default demo)
      --device-password P    officers' password (default demo)
      --console-user U       account that lists the officers (default county)
      --parallel P / --connect-timeout S   as for run
      --warmup N             whistles end to end before the window, not counted (default 3)
      --drain S              the most a whistle waits for its pushes, and the wait after the window (default 10)
      --floor-duration S     how long the floor samples at --rate (default: --duration)
      --skip-floor           no floor
      --json PATH            also write the figures as JSON
      --allow-remote         allow a non-loopback --url

    dotnet run -c Release --project tests/Dispatch.Load -- history [options]
      grows the incident history over REST (each report rejected at once, a few left open) and at each checkpoint times
      intake, the list's first page and a walk down it by nextCursor, and reads every grain's stored size (admin)
      --target URL[,URL…]    gateway(s), also repeated (--target A --target B); reports round-robin, list on the first (default http://127.0.0.1:5080)
      --count N              reports in all (default 100000)
      --open N               left open, spread evenly through the run (default 300, at most --count)
      --checkpoints A,B,…    where to stop and measure, those below --count, and --count itself (default 1000,10000,100000)
      --concurrency C        reports in flight, each rejected before its worker reports the next (default 4)
      --deep-pages P         the most pages of 200 the walk follows (default 100)
      --zone Z               only zone Z's townships; the reporter is then 'dispatcher' (zone Z1) unless --reporter says otherwise
      --reporter U           reporting, rejecting and listing account (default county: every zone)
      --password P           its password (default demo)
      --admin U / --admin-password P   account that reads /api/system/state-sizes (admin / the --password)
      --json PATH            also write the figures as JSON
      --allow-remote         allow a non-loopback --target

    dotnet run -c Release --project tests/Dispatch.Load -- make-county --officers N --out county.json [--password demo]
      writes a county file with N officers ZF00001… (ids O0001…) and the 'county' account, all with the same password.

    Exit code: 0 done; 1 usage or the run could not start; 3 run: target missed (system p99 > floor p99 + window + 100 ms) or
    nothing accepted; dispatch: nothing offered, or an incident assigned to a fleet officer never offered to its device;
    whistle: no desk push or no offer arrived, or one expected never arrived (or reached the wrong device). history: 0 whether
    or not the target was met (it says which), 1 when it gave up because most incidents failed.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 1 : 0;
}

// Figures print with '.' decimals whatever the machine's locale, so rows paste into the README as they are.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
ThreadPool.GetMinThreads(out var workers, out var io);
ThreadPool.SetMinThreads(Math.Max(workers, 32), io);

try
{
    return args[0] switch
    {
        "run" => await RunCommand.RunAsync(new Args(args[1..])),
        "dispatch" => await DispatchCommand.RunAsync(new Args(args[1..])),
        "whistle" => await WhistleCommand.RunAsync(new Args(args[1..])),
        "history" => await HistoryCommand.RunAsync(new Args(args[1..])),
        "make-county" => CountyFileWriter.Run(new Args(args[1..])),
        _ => throw new UsageException($"unknown command '{args[0]}' (run, dispatch, whistle, history, make-county)"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message} (see --help)");
    return 1;
}
catch (LoadException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
