using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>
/// The department scorecard (部门报到考评): per department, the whistles that summoned it in the period (counted by the
/// day, China time, it was notified), how many it reported for and reached on time, the median times from notice to
/// report and to arrival, and the township's average rating (the mean of response, result and attitude).
/// </summary>
public static class DepartmentScorecard
{
    public static IReadOnlyList<DepartmentScore> Compute(IEnumerable<WhistleRecord> whistles, IEnumerable<string> departmentIds, DateOnly? from, DateOnly? to)
    {
        var parts = whistles
            .SelectMany(w => w.Departments)
            .Where(p => p.NotifiedAt is { } n && InPeriod(DayOf(n), from, to))
            .ToLookup(p => p.DepartmentId);
        return departmentIds.Select(id =>
        {
            var mine = parts[id].ToList();
            return new DepartmentScore(id,
                WhistlesReceived: mine.Count,
                ReportedOnTime: mine.Count(p => p.ReportedOnTime),
                ArrivedOnTime: mine.Count(p => p.ArrivedOnTime),
                MedianReportSeconds: Median(mine.Where(p => p.ReportedAt is not null).Select(p => (p.ReportedAt!.Value - p.NotifiedAt!.Value).TotalSeconds)),
                MedianArriveSeconds: Median(mine.Where(p => p.ArrivedAt is not null).Select(p => (p.ArrivedAt!.Value - p.NotifiedAt!.Value).TotalSeconds)),
                AverageRating: mine.Where(p => p.Rating is not null).Select(p => p.Rating!.Average).ToList() is { Count: > 0 } r ? Math.Round(r.Average(), 2) : null);
        }).ToList();
    }

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaTime.Offset).DateTime);

    static bool InPeriod(DateOnly day, DateOnly? from, DateOnly? to) => (from is null || day >= from) && (to is null || day <= to);

    static double? Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
