using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Draws;

namespace Dispatch.Domain.Inspections.Directory;

/// <summary>
/// Who a draw may consider: the imported inspector directory when the county has imported one, else every county officer
/// with the qualifications of the county file. Standing recusals join the draw's own; grid workers and auxiliary staff go
/// in as what they are, so the draw lists them as excluded rather than silently dropping them.
/// </summary>
public static class InspectorPool
{
    public static IReadOnlyList<DrawInspector> Of(CountyDirectory county, IReadOnlyList<InspectorRecord> imported, IReadOnlyList<Execution.Recusal> recusals)
    {
        IReadOnlyList<string> Conflicts(string id, IReadOnlyList<string> standing) =>
            [.. standing, .. recusals.Where(r => r.OfficerId == id).Select(r => r.CreditCode)];
        return imported.Count == 0
            ? county.Officers.Select(o => new DrawInspector(o.Id, o.DepartmentId, o.Qualifications, Conflicts(o.Id, []))).ToList()
            : imported.Select(r => new DrawInspector(r.OfficerId ?? r.CertificateNo, r.DepartmentId, r.Qualifications,
                Conflicts(r.OfficerId ?? r.CertificateNo, r.Recusals), r.Kind)).ToList();
    }
}
