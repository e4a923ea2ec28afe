using Dispatch.Domain.Common;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>An enterprise of the directory as the API shows it (public contract: GET /api/enterprises/{id}; id is the credit code).</summary>
public sealed record EnterpriseView(string Id, string CreditCode, string Name, string Industry, string TownshipId, LatLonDto Location,
    RiskLevel RiskLevel, string CreditGrade, bool KeyList, string PeakHours, IReadOnlyList<EnterpriseInspectionView> Inspections)
{
    public static EnterpriseView Of(EnterpriseRecord e, IEnumerable<InspectionTask>? visits = null) => new(e.CreditCode, e.CreditCode, e.Name, e.Industry, e.TownshipId,
        new LatLonDto(e.Location.Lat, e.Location.Lon), e.RiskLevel,
        // A–D as the contract spells them (the camelCase enum names would make them a–d).
        e.CreditGrade.ToString(), e.KeyList, e.PeakHours.ToString(),
        (visits ?? []).Where(t => t.CreditCode == e.CreditCode).OrderBy(t => t.PlannedDate).Select(EnterpriseInspectionView.Of).ToList());
}

/// <summary>A joint visit of the enterprise, planned or done: its history as the directory shows it.</summary>
public sealed record EnterpriseInspectionView(string TaskId, string Period, string PlannedDate, IReadOnlyList<string> DepartmentIds, string Status, DateTimeOffset? PublishedAt)
{
    public static EnterpriseInspectionView Of(InspectionTask t) =>
        new(t.Id, t.Period, t.PlannedDate.ToString("yyyy-MM-dd"), t.DepartmentIds.ToList(), WireNames.Of(t.Status), t.PublishedAt);
}
