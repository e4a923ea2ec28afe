using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Adhoc;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// Which year of the joint meeting's work each thing belongs to. The office keeps each year's plans, filings, runs and
/// draws together and apart from other years', so what it stores is one year's work, never its history.
/// </summary>
public static class InspectionYears
{
    /// <summary>The years plans and runs may name (both are refused outside them), and so the years the office can have.</summary>
    public const int First = 2000, Last = 2100;

    public static bool IsValid(int year) => year is >= First and <= Last;

    /// <summary>The county's year at <paramref name="at"/>, in China time: 16:00 UTC on 31 December is already the new year.</summary>
    public static int Of(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).Year;

    /// <summary>A plan is of the year it plans.</summary>
    public static int Of(FiledPlan plan) => plan.Plan.Year;

    /// <summary>A run is of its quarter's year.</summary>
    public static int Of(PlannerRunRecord run) => run.Year;

    /// <summary>
    /// An out-of-plan filing is of the year of its planned date (a China-time date already), not of the day it was filed:
    /// that is the year whose cap the check counts against (rule 3) and whose runs take it in while it is queued (a run
    /// takes queued checks dated up to its quarter's end). Filed on 28 December for 5 January, it is next year's.
    /// </summary>
    public static int Of(AdhocFiling filing) => filing.PlannedDate.Year;

    /// <summary>The year an out-of-plan check is filed into, as <see cref="Of(AdhocFiling)"/>.</summary>
    public static int Of(AdhocCheckRequest request) => request.PlannedDate.Year;

    /// <summary>
    /// The year that keeps a draw: the latest among its visits' runs (it reads the earlier years' runs, never a later
    /// one's); null when no id names a run.
    /// </summary>
    public static int? OfDraw(string? runId, IEnumerable<string>? taskIds)
    {
        var ids = taskIds ?? [];
        return (runId is null ? ids : ids.Prepend(runId)).Select(InspectionNumbers.YearOf).Max();
    }

    /// <summary>A kept draw's year as <see cref="OfDraw"/> says; one interrupted before it drew (no record) is of the year it was committed in.</summary>
    public static int Of(KeptDraw draw) => draw.Record is { } r && OfDraw(null, r.Tasks.Select(t => t.TaskId)) is { } year ? year : Of(draw.CreatedAt);

    /// <summary>
    /// The years a list of visits reads: a run's own year (none when <paramref name="year"/> names another); else the year
    /// asked; else, for one inspector's or one enterprise's visits, every year with work (null): the field app lists an
    /// inspector's visits and a visit drawn in December is inspected, published and rated after New Year, and an
    /// enterprise's page is its whole history; else this year.
    /// </summary>
    public static IReadOnlyList<int>? OfVisitList(string? runId, int? year, bool oneInspectorOrEnterprise, int thisYear)
    {
        if (runId is not null) return InspectionNumbers.YearOf(runId) is { } ofRun && (year ?? ofRun) == ofRun ? [ofRun] : [];
        if (year is { } asked) return [asked];
        return oneInspectorOrEnterprise ? null : [thisYear];
    }

    /// <summary>
    /// The earlier years a planner run of <paramref name="quarter"/> reads besides its own: the year before (the queue a
    /// year end leaves, last year's fourth-quarter visits inspected in January, a repeat window reaching back over
    /// 1 January), and more only when the repeat window is longer than a year. Never a later year: runs read backwards
    /// only, so no two years ever wait on each other.
    /// </summary>
    public static IReadOnlyList<int> ReadBefore(InspectionPeriod quarter, int repeatAlertDays)
    {
        var windowStart = DateOnly.FromDayNumber(Math.Max(0, quarter.First.DayNumber - Math.Max(0, repeatAlertDays)));
        var first = Math.Max(First, Math.Min(quarter.Year - 1, windowStart.Year));
        return [.. Enumerable.Range(first, Math.Max(0, quarter.Year - first))];
    }
}
