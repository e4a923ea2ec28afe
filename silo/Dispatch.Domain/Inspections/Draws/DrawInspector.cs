namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// One entry of the inspector directory (执法检查人员名录) offered to a draw.
/// </summary>
/// <param name="Qualifications">enforcement qualifications held (执法证 items), e.g. <c>market.1</c></param>
/// <param name="Conflicts">credit codes of enterprises this inspector must step aside from (回避)</param>
public sealed record DrawInspector(
    string OfficerId,
    string DepartmentId,
    IReadOnlyList<string> Qualifications,
    IReadOnlyList<string> Conflicts,
    StaffKind Kind = StaffKind.Officer);
