using Dispatch.Domain.Inspections;
using Dispatch.Live;

namespace Dispatch.Gateway.Endpoints;

/// <summary>An enterprise of the directory as the API shows it (public contract: GET /api/enterprises/{id}; id is the credit code).</summary>
public sealed record EnterpriseView(string Id, string CreditCode, string Name, string Industry, string TownshipId, LatLonDto Location,
    RiskLevel RiskLevel, string CreditGrade, bool KeyList, string PeakHours, IReadOnlyList<object> Inspections)
{
    public static EnterpriseView Of(EnterpriseRecord e) => new(e.CreditCode, e.CreditCode, e.Name, e.Industry, e.TownshipId,
        new LatLonDto(e.Location.Lat, e.Location.Lon), e.RiskLevel,
        // A–D as the contract spells them (the camelCase enum names would make them a–d).
        e.CreditGrade.ToString(), e.KeyList, e.PeakHours.ToString(), []);
}
