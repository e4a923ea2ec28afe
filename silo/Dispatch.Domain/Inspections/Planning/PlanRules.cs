using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// Re-checks a finished plan against the rules from the inputs alone, not from the planner's working state, so a bug in
/// the planner shows here rather than hides: one visit per enterprise and period, every check in a filed plan, the yearly
/// cap per item, higher-level exclusions, the lead, full coverage of key-list and named enterprises, and sample sizes.
/// </summary>
public static class PlanRules
{
    public static IReadOnlyList<PlanViolation> Violations(PlannerResult result, PlannerInputs inputs, InspectionSettings settings)
    {
        var violations = new List<PlanViolation>();
        void Violation(string code, string rule, string message) => violations.Add(new PlanViolation(code, rule, message));

        var quarter = InspectionPeriod.Parse(result.Period);
        var byCode = inputs.Enterprises.ToDictionary(e => e.CreditCode, StringComparer.Ordinal);
        var scenarios = inputs.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var done = new Dictionary<(string, string), int>();
        var higher = new HashSet<(string, string)>();
        foreach (var h in inputs.History.Where(h => h.Date.Year == result.Year))
        {
            done[(h.CreditCode, h.ItemCode)] = done.GetValueOrDefault((h.CreditCode, h.ItemCode)) + 1;
            if (h.Level > InspectionLevel.County) higher.Add((h.CreditCode, h.ItemCode));
        }
        bool Excluded(string code, string item) => higher.Contains((code, item)) || done.GetValueOrDefault((code, item)) >= settings.SameTypeChecksPerYear;

        var planned = new HashSet<(string Department, string Item)>();
        var items = new List<(PlanItem Item, ScenarioFilter Filter)>();
        foreach (var plan in inputs.Plans.Where(p => p.Year == result.Year))
        foreach (var item in plan.Items.Where(i => i.Period == result.Period))
        {
            planned.Add((plan.DepartmentId, item.ItemCode));
            items.Add((item, item.ScenarioId is { } sid && scenarios.TryGetValue(sid, out var s) ? s.Filter : ScenarioFilter.All));
        }

        var covered = new Dictionary<(string Code, string Item), int>();
        var taskOf = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in result.JointTasks)
        {
            var code = task.CreditCode;
            if (!taskOf.Add(code)) Violation(code, "merge", "同一企业同一周期只应安排一次联合检查");
            if (!byCode.TryGetValue(code, out var enterprise)) Violation(code, "directory", "企业不在监管对象名录中");
            if (task.Period != result.Period || quarter is null || !quarter.Contains(task.PlannedDate))
                Violation(code, "period", $"计划检查日期 {task.PlannedDate:yyyy-MM-dd} 不在 {result.Period} 内");
            foreach (var d in task.Departments)
            foreach (var item in d.ItemCodes)
            {
                if (!planned.Contains((d.DepartmentId, item))) Violation(code, "unplanned", $"{d.DepartmentId} 的检查事项 {item} 不在本期检查计划中");
                if (higher.Contains((code, item))) Violation(code, "higher-level", $"本年度上级部门已检查事项 {item}，县级不再检查");
                var times = covered[(code, item)] = covered.GetValueOrDefault((code, item)) + 1;
                if (done.GetValueOrDefault((code, item)) + times > settings.SameTypeChecksPerYear)
                    Violation(code, "cap", $"事项 {item} 本年度检查次数超过 {settings.SameTypeChecksPerYear} 次");
            }
            var scenario = task.ScenarioId is { } sid ? scenarios.GetValueOrDefault(sid) : null;
            var lead = scenario?.LeadDepartmentId ?? (task.Departments.Count > 0 ? Planner.LeadByItems(task.Departments) : null);
            if (task.ScenarioId is not null && (scenario is null || enterprise is not null && !scenario.Filter.Matches(enterprise)))
                Violation(code, "scenario", $"场景 {task.ScenarioId} 不适用于该企业");
            else if (task.LeadDepartmentId != lead) Violation(code, "lead", $"牵头部门应为 {lead}");
        }

        // Coverage: what each item must reach, recomputed from the directory. Another department's check of the same item
        // counts, since the cap lets only one of them stand.
        foreach (var (item, filter) in items)
        {
            if (!item.Target.IsSample)
            {
                foreach (var code in item.Target.CreditCodes ?? [])
                    if (byCode.ContainsKey(code) && !Excluded(code, item.ItemCode) && !covered.ContainsKey((code, item.ItemCode)))
                        Violation(code, "coverage", $"指定企业未安排事项 {item.ItemCode} 的检查");
                continue;
            }
            var pool = new Dictionary<CreditGrade, (int Eligible, int Drawn)>();
            foreach (var e in inputs.Enterprises)
            {
                if (!filter.Matches(e) || Excluded(e.CreditCode, item.ItemCode)) continue;
                var isCovered = covered.ContainsKey((e.CreditCode, item.ItemCode));
                if (e.KeyList)
                {
                    if (!isCovered) Violation(e.CreditCode, "key-list", $"重点名单企业未全覆盖事项 {item.ItemCode}");
                    continue;
                }
                var (eligible, drawn) = pool.GetValueOrDefault(e.CreditGrade);
                pool[e.CreditGrade] = (eligible + 1, drawn + (isCovered ? 1 : 0));
            }
            foreach (var (grade, (eligible, drawn)) in pool)
            {
                var need = SampleDraw.SampleSize(item.Target.RatioFor(grade), eligible);
                if (drawn < need) Violation("", "sample", $"事项 {item.ItemCode} 信用等级 {grade} 应抽取 {need} 户，实际 {drawn} 户");
            }
        }
        return violations;
    }
}
