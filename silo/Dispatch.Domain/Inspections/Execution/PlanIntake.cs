using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// Checks a filed plan against the county's catalogue: a known department, a year, items of that department from the
/// catalogue, a scenario the department takes part in, a quarter of the plan's year, and a target that is either known
/// enterprises or ratios 0–1 per credit grade A–D. Every error is named by its field; nothing partial is kept.
/// </summary>
public static class PlanIntake
{
    public const int MaxItems = 200;
    public const int MaxNamedEnterprises = 5000;

    public static (InspectionPlan? Plan, Dictionary<string, string[]> Errors) Check(PlanDraft? draft, InspectionCatalogue catalogue,
        Func<string, bool> departmentExists, Func<string, bool> enterpriseExists)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors.TryAdd(field, [message]);
        if (draft is null) return (null, new() { ["body"] = ["请提供检查计划"] });
        if (draft.DepartmentId is not { } department || !departmentExists(department)) Error("departmentId", "请选择有效的部门");
        if (draft.Year is not (>= 2000 and <= 2100)) Error("year", "年度无效");
        if (draft.Items is not { Count: > 0 and <= MaxItems }) Error("items", $"计划须有 1–{MaxItems} 个检查事项");
        if (errors.Count > 0) return (null, errors);

        var items = new List<PlanItem>();
        for (var n = 0; n < draft.Items!.Count; n++)
        {
            var field = $"items[{n}]";
            var d = draft.Items[n];
            if (d is null) { Error(field, "检查事项为空"); continue; }
            var item = catalogue.Item(d.ItemCode);
            if (item is null) { Error($"{field}.itemCode", "检查事项不在本县检查事项清单中"); continue; }
            if (item.DepartmentId != draft.DepartmentId) { Error($"{field}.itemCode", $"检查事项 {item.Code} 不属于该部门"); continue; }
            if (d.ScenarioId is { } sid && catalogue.Scenario(sid) is not { } scenario)
            { Error($"{field}.scenarioId", "场景不存在"); continue; }
            if (d.ScenarioId is { } sid2 && catalogue.Scenario(sid2)!.Departments.All(sd => sd.DepartmentId != draft.DepartmentId))
            { Error($"{field}.scenarioId", "该部门不参与此场景"); continue; }
            if (InspectionPeriod.Parse(d.Period) is not { } period || period.Year != draft.Year)
            { Error($"{field}.period", $"检查周期须为 {draft.Year} 年的季度，如 {draft.Year}-Q4"); continue; }
            if (Target(d.Target, enterpriseExists, out var message) is not { } target) { Error($"{field}.target", message!); continue; }
            if (items.Any(i => i.ItemCode == item.Code && i.Period == d.Period)) { Error($"{field}.itemCode", $"检查事项 {item.Code} 在 {d.Period} 重复"); continue; }
            items.Add(new PlanItem(item.Code, d.ScenarioId, target, d.Period!));
        }
        return errors.Count > 0 ? (null, errors) : (new InspectionPlan(draft.DepartmentId!, draft.Year!.Value, items), errors);
    }

    static PlanTarget? Target(PlanTargetDraft? draft, Func<string, bool> enterpriseExists, out string? error)
    {
        error = null;
        var named = draft?.EnterpriseIds;
        var ratios = draft?.RatioByGrade;
        if ((named is null) == (ratios is null)) { error = "检查对象须为 enterpriseIds（指定企业）或 ratioByGrade（按信用等级抽查比例）之一"; return null; }
        if (named is not null)
        {
            if (named.Count is 0 or > MaxNamedEnterprises) { error = $"指定企业须为 1–{MaxNamedEnterprises} 户"; return null; }
            var codes = new List<string>();
            foreach (var id in named)
            {
                var code = id?.Trim().ToUpperInvariant();
                if (code is null || !CreditCode.IsValid(code) || !enterpriseExists(code)) { error = $"企业 {InputLimits.Quote(id)} 不在监管对象名录中"; return null; }
                if (!codes.Contains(code)) codes.Add(code);
            }
            return PlanTarget.Enterprises(codes);
        }
        var byGrade = new Dictionary<CreditGrade, double>();
        foreach (var (key, value) in ratios!)
        {
            if (!Enum.TryParse<CreditGrade>(key, ignoreCase: false, out var grade) || key.Length != 1) { error = $"信用等级 {InputLimits.Quote(key)} 无效（A、B、C、D）"; return null; }
            if (value is not { } ratio || double.IsNaN(ratio) || ratio is < 0 or > 1) { error = $"信用等级 {key} 的抽查比例须在 0 到 1 之间"; return null; }
            byGrade[grade] = ratio;
        }
        if (byGrade.Count == 0 || byGrade.Values.All(r => r == 0)) { error = "至少一个信用等级的抽查比例须大于 0"; return null; }
        return new PlanTarget { RatioByGrade = byGrade };
    }
}
