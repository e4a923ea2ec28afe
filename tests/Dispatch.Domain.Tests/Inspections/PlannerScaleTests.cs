using System.Diagnostics;
using Dispatch.Domain.Inspections;
using Xunit.Abstractions;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;
using static Dispatch.Domain.Tests.Inspections.InspectionWorld;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>
/// A county-sized plan: 20,000 enterprises, 30 departments. The time is printed, not asserted: the benchmark owns the
/// budget, and a shared test machine would make a time assertion flaky.
/// </summary>
public class PlannerScaleTests(ITestOutputHelper output)
{
    static readonly string[] Industries = ["餐饮", "制造", "建筑", "危化", "零售", "物流", "医药", "娱乐"];

    [Fact]
    public void Twenty_thousand_enterprises_and_thirty_departments_plan_without_violations_near_the_lower_bound()
    {
        var random = new Random(2026);
        var enterprises = Enumerable.Range(1, 20_000).Select(n => Enterprise(n,
            grade: random.Next(10) switch { < 3 => CreditGrade.A, < 7 => CreditGrade.B, < 9 => CreditGrade.C, _ => CreditGrade.D },
            keyList: random.Next(20) == 0, industry: Industries[random.Next(Industries.Length)], risk: (RiskLevel)random.Next(3),
            township: $"T{random.Next(12):D2}")).ToList();
        var keyListCodes = enterprises.Where(e => e.KeyList).Select(e => e.CreditCode).ToList();

        var scenarios = Enumerable.Range(0, 6).Select(s => new InspectionScenario($"S{s}", $"{Industries[s]}一件事", $"D{s:D2}",
            [new ScenarioDepartment($"D{s:D2}", [$"D{s:D2}-scene"])], new ScenarioFilter(Industries: [Industries[s]]))).ToList();
        var plans = Enumerable.Range(0, 30).Select(d =>
        {
            var dept = $"D{d:D2}";
            var items = new List<PlanItem>
            {
                Sampled($"{dept}-routine", 0.01 + d % 3 * 0.01, 0.02 + d % 4 * 0.01, 0.05 + d % 5 * 0.01, 0.1 + d % 3 * 0.05),
                new($"{dept}-key", null, PlanTarget.Enterprises(keyListCodes.Where((_, i) => i % 30 == d || i % 7 == d % 7).ToList()), Q2),
            };
            if (d < scenarios.Count) items.Add(Sampled($"{dept}-scene", 0.01, 0.02, 0.05, 0.1, scenarios[d].Id));
            return PlanOf(dept, [.. items]);
        }).ToList();
        var history = Enumerable.Range(0, 3_000).Select(_ => Checked(random.Next(1, 20_001), $"D{random.Next(30):D2}-routine",
            new DateOnly(Year, 1, 1).AddDays(random.Next(180)), random.Next(4) == 0 ? InspectionLevel.City : InspectionLevel.County)).ToList();
        var inputs = Inputs(enterprises, plans, history, scenarios);

        // CPU time alongside wall time: on a shared machine the wall clock mostly measures the neighbours.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Plan(inputs, seed: 20260401);
        var planned = clock.ElapsedMilliseconds;
        var planCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        PlanRules.Violations(result, inputs, inputs.Settings);
        var checkedAgain = clock.ElapsedMilliseconds - planned;

        output.WriteLine($"planned in {planned} ms (process CPU {planCpu.TotalMilliseconds:F0} ms, of which the rule check about {checkedAgain} ms wall): " +
                         $"{result.VisitsPlanned} visits, lower bound {result.LowerBound}, naive {result.NaiveVisits}, repeat flags {result.Flags.Count}");
        Assert.Empty(result.Violations);
        Assert.True(result.VisitsPlanned <= 1.05 * result.LowerBound, $"{result.VisitsPlanned} visits against a lower bound of {result.LowerBound}");
        Assert.True(result.NaiveVisits > result.VisitsPlanned);
    }
}
