namespace Dispatch.Domain.Whistles;

/// <summary>One department's whistle figures for a period (GET /api/scorecards/departments).</summary>
public sealed record DepartmentScore(
    string DepartmentId,
    int WhistlesReceived,
    int ReportedOnTime,
    int ArrivedOnTime,
    double? MedianReportSeconds,
    double? MedianArriveSeconds,
    double? AverageRating);
