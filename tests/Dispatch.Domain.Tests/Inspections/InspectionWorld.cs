using Dispatch.Domain.Geo;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Tests.Inspections;

/// <summary>Builders for planner tests: enterprises with valid credit codes, plans, history.</summary>
public static class InspectionWorld
{
    public const int Year = 2026;
    public const string Q2 = "2026-Q2";

    /// <summary>The n-th synthetic enterprise's credit code, valid under GB 32100.</summary>
    public static string Code(int n)
    {
        var first17 = $"913307{n:D11}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static EnterpriseRecord Enterprise(int n, CreditGrade grade = CreditGrade.B, bool keyList = false, string industry = "餐饮",
        RiskLevel risk = RiskLevel.Medium, string township = "T01", PeakHours? peaks = null) =>
        new(Code(n), $"企业{n}", industry, township, new GeoPoint(29.1, 119.6), risk, grade, keyList, peaks ?? PeakHours.None);

    public static InspectionPlan PlanOf(string department, params PlanItem[] items) => new(department, Year, items);

    public static PlanItem Named(string item, params int[] enterprises) =>
        new(item, null, PlanTarget.Enterprises(enterprises.Select(Code).ToList()), Q2);

    public static PlanItem Sampled(string item, double a, double b, double c, double d, string? scenario = null) =>
        new(item, scenario, PlanTarget.Sample(a, b, c, d), Q2);

    public static InspectionHistoryEntry Checked(int enterprise, string item, DateOnly on, InspectionLevel level = InspectionLevel.County, string department = "SCJ") =>
        new(Code(enterprise), department, item, on, level);

    public static PlannerInputs Inputs(IReadOnlyList<EnterpriseRecord> enterprises, IReadOnlyList<InspectionPlan> plans,
        IReadOnlyList<InspectionHistoryEntry>? history = null, IReadOnlyList<InspectionScenario>? scenarios = null, InspectionSettings? settings = null) =>
        new(enterprises, history ?? [], plans, scenarios ?? [], settings ?? new InspectionSettings());

    public static PlannerResult Plan(PlannerInputs inputs, ulong seed = 42) => Planner.Plan(inputs, Year, Q2, seed);

    public static JointTask TaskOf(PlannerResult result, int enterprise) => Assert.Single(result.JointTasks, t => t.CreditCode == Code(enterprise));
}
