using Dispatch.Domain.Geo;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Benchmarks;

/// <summary>
/// A county-sized planner input, the same for the same size and seed: N enterprises with valid GB 32100 credit codes
/// (credit grades 30/40/20/10 % A–D, about 5 % on the key list, 8 industries, 12 townships), 30 departments' plans for
/// <see cref="Period"/> (a routine sample with ratios per grade, a named item over part of the key list, and for 18 of
/// them an item of one of 6 scenarios), and history for about 15 % of the enterprises, a fifth of it by a higher level.
/// </summary>
public static class SyntheticCounty
{
    public const int Year = 2026;
    public const string Period = "2026-Q2";
    public const int Departments = 30;
    public const int ScenarioCount = 6;

    static readonly string[] Industries = ["餐饮", "制造", "建筑", "危化", "零售", "物流", "医药", "娱乐"];
    const int Townships = 12;

    /// <summary>The n-th enterprise's credit code: 913307 (a Zhejiang county), eleven digits of n, the check character.</summary>
    public static string Code(int n)
    {
        var first17 = $"913307{n:D11}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static PlannerInputs Generate(int size, ulong seed)
    {
        var random = new Random(unchecked((int)seed ^ size));
        var enterprises = new List<EnterpriseRecord>(size);
        for (var n = 1; n <= size; n++)
        {
            var grade = random.Next(10) switch { < 3 => CreditGrade.A, < 7 => CreditGrade.B, < 9 => CreditGrade.C, _ => CreditGrade.D };
            var peaks = random.Next(4) == 0 ? PeakHours.Parse("08:00-11:00;14:00-17:00")! : PeakHours.None;
            enterprises.Add(new EnterpriseRecord(Code(n), $"企业{n}", Industries[random.Next(Industries.Length)], $"T{random.Next(Townships):D2}",
                new GeoPoint(29.1 + random.NextDouble() * 0.2, 119.6 + random.NextDouble() * 0.2), (RiskLevel)random.Next(3), grade,
                KeyList: random.Next(20) == 0, peaks));
        }
        var keyList = enterprises.Where(e => e.KeyList).Select(e => e.CreditCode).ToList();
        var scenarios = Enumerable.Range(0, ScenarioCount).Select(Scenario).ToList();
        var plans = Enumerable.Range(0, Departments).Select(d => PlanOf(d, keyList, scenarios)).ToList();
        return new PlannerInputs(enterprises, History(random, size), plans, scenarios, new InspectionSettings());
    }

    static string Department(int d) => $"D{d:D2}";

    /// <summary>Scenario s covers one industry; department s leads it, departments s+6 and s+12 cooperate.</summary>
    static InspectionScenario Scenario(int s) => new($"S{s}", $"{Industries[s]}一件事", Department(s),
        [.. new[] { s, s + ScenarioCount, s + 2 * ScenarioCount }.Select(d => new ScenarioDepartment(Department(d), [$"{Department(d)}-scene"]))],
        new ScenarioFilter(Industries: [Industries[s]]));

    static InspectionPlan PlanOf(int d, List<string> keyList, List<InspectionScenario> scenarios)
    {
        var dept = Department(d);
        var items = new List<PlanItem>
        {
            new($"{dept}-routine", null, PlanTarget.Sample(0.01 + d % 3 * 0.01, 0.02 + d % 4 * 0.01, 0.05 + d % 5 * 0.01, 0.1 + d % 3 * 0.05), Period),
            // Each department names its share of the key list: its own thirtieth plus a seventh shared with others.
            new($"{dept}-key", null, PlanTarget.Enterprises(keyList.Where((_, i) => i % Departments == d || i % 7 == d % 7).ToList()), Period),
        };
        if (d < 3 * ScenarioCount)
            items.Add(new($"{dept}-scene", scenarios[d % ScenarioCount].Id, PlanTarget.Sample(0.02, 0.03, 0.08, 0.15), Period));
        return new InspectionPlan(dept, Year, items);
    }

    /// <summary>About 15 % of the enterprises checked from January to April (some twice); a fifth of the checks by the city or province.</summary>
    static List<InspectionHistoryEntry> History(Random random, int size)
    {
        var history = new List<InspectionHistoryEntry>(size / 5);
        var start = new DateOnly(Year, 1, 1);
        for (var n = 1; n <= size; n++)
        {
            if (random.Next(100) >= 15) continue;
            for (var k = random.Next(5) == 0 ? 2 : 1; k > 0; k--)
            {
                var d = random.Next(Departments);
                var item = d < 3 * ScenarioCount && random.Next(2) == 0 ? $"{Department(d)}-scene" : $"{Department(d)}-routine";
                var level = random.Next(5) switch { 0 => InspectionLevel.City, 1 when k == 2 => InspectionLevel.Province, _ => InspectionLevel.County };
                history.Add(new InspectionHistoryEntry(Code(n), Department(d), item, start.AddDays(random.Next(120)), level));
            }
        }
        return history;
    }
}
