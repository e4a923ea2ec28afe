using System.Globalization;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The joint-inspection indicators for a scope and date range (public contract: GET /api/indicators).</summary>
public sealed record IndicatorView(
    string Scope,
    string? Id,
    string From,
    string To,
    int Visits,
    int Checks,
    double? JointRate,
    int VisitsSaved,
    double? PlannedRate,
    double? RepeatRate,
    double? JointInspectionRate,
    double? CodeRate,
    double? PublishedOnTimeRate)
{
    public static IndicatorView Of(string scope, string? id, DateOnly from, DateOnly to, InspectionIndicators i) => new(scope, id,
        from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd"), i.Visits, i.Checks, i.JointRate, i.VisitsSaved, i.PlannedRate, i.RepeatRate,
        i.JointInspectionRate, i.CodeRate, i.PublishedOnTimeRate);

    const string Header = "scope,id,from,to,visits,checks,jointRate,visitsSaved,plannedRate,repeatRate,jointInspectionRate,codeRate,publishedOnTimeRate";

    /// <summary>The same figures as CSV: a header row with the JSON names, then one row; an empty cell where a rate is null.</summary>
    public string ToCsv() => Header + "\r\n" + string.Join(",", Scope, Id ?? "", From, To, N(Visits), N(Checks), R(JointRate), N(VisitsSaved),
        R(PlannedRate), R(RepeatRate), R(JointInspectionRate), R(CodeRate), R(PublishedOnTimeRate)) + "\r\n";

    static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    static string R(double? r) => r?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
