using System.Globalization;
using System.Text;

namespace Dispatch.Benchmarks;

/// <summary>
/// One planner run's figures. <see cref="PlanMs"/> and <see cref="PlanCpuMs"/> time <c>Planner.Plan</c> as a caller sees
/// it, which includes the rule check it runs on its own result; <see cref="RecheckMs"/> times a second, separate
/// <c>PlanRules.Violations</c>, so the planning alone is about the difference.
/// </summary>
public sealed record PlannerFigures(
    int Enterprises,
    int Departments,
    int PlanItems,
    int HistoryEntries,
    int NaiveVisits,
    int LowerBound,
    int VisitsPlanned,
    int Violations,
    int RecheckViolations,
    int RepeatFlags,
    double PlanMs,
    double PlanCpuMs,
    double RecheckMs,
    long AllocatedBytes)
{
    public const double RatioTarget = 1.05;

    public double Ratio => LowerBound == 0 ? (VisitsPlanned == 0 ? 1 : double.PositiveInfinity) : (double)VisitsPlanned / LowerBound;
    public int VisitsSaved => NaiveVisits - VisitsPlanned;

    /// <summary>Why this run misses a target, or nothing when it meets them all (the time target is the caller's).</summary>
    public IEnumerable<string> Misses()
    {
        if (Violations > 0 || RecheckViolations > 0)
            yield return $"{Enterprises:N0} enterprises: {Math.Max(Violations, RecheckViolations)} rule violations (must be 0)";
        if (Ratio > RatioTarget)
            yield return $"{Enterprises:N0} enterprises: {VisitsPlanned:N0} visits planned = {Ratio:0.000} × the lower bound {LowerBound:N0} (target ≤ {RatioTarget:0.00})";
    }

    /// <summary>A markdown table, one column per run headed by its size, so it pastes into the README as it is.</summary>
    public static string Table(IReadOnlyList<PlannerFigures> runs)
    {
        var rows = new (string Name, Func<PlannerFigures, string> Value)[]
        {
            ("departments / plan items", f => $"{f.Departments} / {f.PlanItems}"),
            ("history entries", f => N(f.HistoryEntries)),
            ("naive visits (each department alone)", f => N(f.NaiveVisits)),
            ("lower bound", f => N(f.LowerBound)),
            ("visits planned", f => N(f.VisitsPlanned)),
            ("planned / lower bound", f => f.Ratio.ToString("0.000", CultureInfo.InvariantCulture)),
            ("visits saved (naive − planned)", f => N(f.VisitsSaved)),
            ("violations (re-checked)", f => N(f.RecheckViolations)),
            ("repeat flags", f => N(f.RepeatFlags)),
            ("Plan wall ms", f => Ms(f.PlanMs)),
            ("Plan process CPU ms", f => Ms(f.PlanCpuMs)),
            ("re-check wall ms", f => Ms(f.RecheckMs)),
            ("managed allocation MB", f => (f.AllocatedBytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture)),
        };
        var text = new StringBuilder();
        text.AppendLine("| | " + string.Join(" | ", runs.Select(r => N(r.Enterprises))) + " |");
        text.AppendLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        foreach (var (name, value) in rows)
            text.AppendLine($"| {name} | " + string.Join(" | ", runs.Select(value)) + " |");
        return text.ToString();
    }

    static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
    static string Ms(double ms) => ms.ToString("N0", CultureInfo.InvariantCulture);
}
