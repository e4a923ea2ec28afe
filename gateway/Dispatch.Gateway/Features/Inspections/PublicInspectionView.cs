using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>
/// What the public code page shows an enterprise (public contract: GET /api/public/inspections/{code}) — that the visit is
/// planned and legitimate, by whom and under which law — and nothing else: no ids, no other enterprise, no results, no
/// inspector's phone or station, no credit grade or risk level.
/// </summary>
public sealed record PublicInspectionView(
    string EnterpriseName,
    string PlannedDate,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<PublicInspectorView> Inspectors,
    string Status)
{
    public static PublicInspectionView Of(InspectionTask t, CountyDirectory county)
    {
        var items = t.ItemCodes.Select(county.InspectionCatalogue.Item).ToList();
        return new PublicInspectionView(
            t.EnterpriseName,
            t.PlannedDate.ToString("yyyy-MM-dd"),
            t.DepartmentIds.Prepend(t.LeadDepartmentId).Distinct()
                .Select(id => county.Data.Departments.FirstOrDefault(d => d.Id == id)?.Name ?? id).ToList(),
            items.Select((i, n) => i?.Name ?? t.ItemCodes.ElementAt(n)).ToList(),
            items.OfType<Domain.Inspections.Catalogue.InspectionItem>().Select(i => i.LegalBasis).Distinct().ToList(),
            t.InspectorIds.Select(county.Officer).OfType<OfficerProfile>().Select(o => new PublicInspectorView(o.Name, o.Code)).ToList(),
            WireNames.Of(t.Status));
    }
}

public sealed record PublicInspectorView(string Name, string CertificateNo);
