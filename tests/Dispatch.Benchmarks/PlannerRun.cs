using System.Diagnostics;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Benchmarks;

/// <summary>
/// One measured planner run on a synthetic county: the input is built first and not timed; then <c>Planner.Plan</c> is
/// timed by wall clock, process CPU (on a shared machine the wall clock partly measures the neighbours) and managed
/// bytes allocated, and <c>PlanRules.Violations</c> re-checks the result on its own clock.
/// </summary>
public static class PlannerRun
{
    public static PlannerFigures Measure(int size, ulong seed)
    {
        var inputs = SyntheticCounty.Generate(size, seed);
        var planItems = inputs.Plans.Sum(p => p.Items.Count(i => i.Period == SyntheticCounty.Period));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        using var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Planner.Plan(inputs, SyntheticCounty.Year, SyntheticCounty.Period, seed);
        var planMs = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        var planCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        clock.Restart();
        var recheck = PlanRules.Violations(result, inputs, inputs.Settings);
        var recheckMs = clock.Elapsed.TotalMilliseconds;

        return new PlannerFigures(size, inputs.Plans.Count, planItems, inputs.History.Count, result.NaiveVisits, result.LowerBound,
            result.VisitsPlanned, result.Violations.Count, recheck.Count, result.Flags.Count, planMs, planCpuMs, recheckMs, allocatedBytes);
    }
}
