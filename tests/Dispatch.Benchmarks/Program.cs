using System.Globalization;
using Dispatch.Benchmarks;

// Dispatch benchmarks: the domain's rules on synthetic inputs, in process. One subcommand so far: planner.

const string Usage = """
    Dispatch.Benchmarks — the domain's rules on synthetic inputs, in process.

    dotnet run -c Release --project tests/Dispatch.Benchmarks -- planner [options]
      the joint-inspection planner (Planner.Plan) on a synthetic county per size, after one untimed warm-up run at the smallest
      --sizes N,N,…   enterprises per run (default 2000,20000,200000)
      --seed S        seed of the synthetic county and of the draw (default 20260401)
      --json PATH     also write the figures as JSON

    Exit code: 0 every target met; 1 usage; 3 a plan broke a rule (violations) or planned more than 1.05 × the lower bound.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 1 : 0;
}

// Figures print with '.' decimals whatever the machine's locale, so rows paste into the README as they are.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    return args[0] switch
    {
        "planner" => PlannerCommand.Run(PlannerOptions.Parse(args[1..])),
        _ => throw new UsageException($"unknown command '{args[0]}' (planner)"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message} (see --help)");
    return 1;
}
