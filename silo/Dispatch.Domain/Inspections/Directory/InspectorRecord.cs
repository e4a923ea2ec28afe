using Dispatch.Domain.Inspections.Draws;

namespace Dispatch.Domain.Inspections.Directory;

/// <summary>
/// One entry of the imported inspector directory (执法检查人员名录), keyed by certificate number. An officer entry names a
/// county officer (who signs in and receives visits); grid workers and auxiliary staff may be listed, and are never drawn.
/// </summary>
/// <param name="Recusals">credit codes of enterprises the person always steps aside from (回避), on top of a draw's own</param>
public sealed record InspectorRecord(
    string CertificateNo,
    string Name,
    string DepartmentId,
    string? OfficerId,
    IReadOnlyList<string> Qualifications,
    StaffKind Kind,
    IReadOnlyList<string> Recusals);
