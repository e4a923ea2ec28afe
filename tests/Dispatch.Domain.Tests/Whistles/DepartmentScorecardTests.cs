using Dispatch.Domain.Whistles;
using static Dispatch.Domain.Tests.Whistles.WhistleWorld;

namespace Dispatch.Domain.Tests.Whistles;

public class DepartmentScorecardTests
{
    static readonly string[] Departments = ["scjg", "zhzf", "sthj"];

    /// <summary>A whistle opened at <paramref name="at"/>: scjg reports after <paramref name="reportMinutes"/> and arrives after <paramref name="arriveMinutes"/>; zhzf never reports.</summary>
    static WhistleRecord Run(DateTimeOffset at, int reportMinutes, int? arriveMinutes, (int, int, int)? rating = null)
    {
        var scjg = OfficerOf("scjg");
        var zhzf = OfficerOf("zhzf");
        var w = Must(Open(at), WhistleAction.Assign, ScjgDesk, new("scjg", [scjg.Id]), at.AddMinutes(reportMinutes));
        if (arriveMinutes is { } a) w = Must(w, WhistleAction.Arrive, As(scjg), new(), at.AddMinutes(a));
        if (rating is not { } r) return w;
        w = Must(w, WhistleAction.Handle, ScjgDesk, new("scjg", Result: "已处置"), at.AddMinutes(60));
        w = Must(w, WhistleAction.Assign, ZhzfDesk, new("zhzf", [zhzf.Id]), at.AddMinutes(200));
        w = Must(w, WhistleAction.Handle, ZhzfDesk, new("zhzf", Result: "已处置"), at.AddMinutes(210));
        w = Must(w, WhistleAction.Close, Staff, new(), at.AddMinutes(220));
        return Must(w, WhistleAction.Rate, Staff, new(Ratings: [new("scjg", r.Item1, r.Item2, r.Item3), new("zhzf", 1, 1, 1)]), at.AddMinutes(230));
    }

    [Fact]
    public void Counts_on_time_reports_and_arrivals_medians_and_the_average_rating_per_department()
    {
        var whistles = new[]
        {
            Run(T0, reportMinutes: 5, arriveMinutes: 20, rating: (5, 4, 3)),
            Run(T0.AddHours(1), reportMinutes: 40, arriveMinutes: 200),   // reported late (limit 30), arrived late (limit 120)
            Run(T0.AddHours(2), reportMinutes: 10, arriveMinutes: null),
        };
        var card = DepartmentScorecard.Compute(whistles, Departments, null, null).ToDictionary(s => s.DepartmentId);

        var scjg = card["scjg"];
        Assert.Equal(3, scjg.WhistlesReceived);
        Assert.Equal(2, scjg.ReportedOnTime);
        Assert.Equal(1, scjg.ArrivedOnTime);
        Assert.Equal(600, scjg.MedianReportSeconds);              // 5, 10, 40 minutes
        Assert.Equal((20 + 200) / 2.0 * 60, scjg.MedianArriveSeconds);
        Assert.Equal(4, scjg.AverageRating);

        var zhzf = card["zhzf"];
        Assert.Equal(3, zhzf.WhistlesReceived);
        Assert.Equal(0, zhzf.ReportedOnTime);                      // reported after 200 minutes, once
        Assert.Equal(200 * 60, zhzf.MedianReportSeconds);
        Assert.Null(zhzf.MedianArriveSeconds);
        Assert.Equal(1, zhzf.AverageRating);

        Assert.Equal(new DepartmentScore("sthj", 0, 0, 0, null, null, null), card["sthj"]);
    }

    [Fact]
    public void The_period_is_counted_in_China_days_by_when_the_department_was_notified()
    {
        var lateEvening = new DateTimeOffset(2026, 11, 30, 15, 30, 0, TimeSpan.Zero); // 23:30 on 30 Nov in China
        var afterMidnight = new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero); // 00:30 on 1 Dec in China
        var whistles = new[] { Run(lateEvening, 5, 20), Run(afterMidnight, 5, 20), Filed() /* never opened: not received */ };
        var november = DepartmentScorecard.Compute(whistles, Departments, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var december = DepartmentScorecard.Compute(whistles, Departments, new DateOnly(2026, 12, 1), null);
        Assert.Equal(1, november.Single(s => s.DepartmentId == "scjg").WhistlesReceived);
        Assert.Equal(1, december.Single(s => s.DepartmentId == "scjg").WhistlesReceived);
    }
}
