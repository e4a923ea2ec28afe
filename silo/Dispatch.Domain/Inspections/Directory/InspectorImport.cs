using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Directory;

/// <summary>
/// Checks an inspector directory import row by row (columns certificateNo, name, departmentId, qualifications, staffKind,
/// recusals; lists separated by ';'). All or nothing, every error of every row at once, like the enterprise import. An
/// officer must be a county officer of that department (only they sign in and receive visits).
/// </summary>
public static class InspectorImport
{
    public static readonly IReadOnlyList<string> Columns = ["certificateNo", "name", "departmentId", "qualifications", "staffKind", "recusals"];

    public const int MaxListItems = 50;

    public static (IReadOnlyList<InspectorRecord> Records, IReadOnlyList<EnterpriseRowError> Errors) Check(
        IReadOnlyList<IReadOnlyDictionary<string, string?>> rows, CountyDirectory county)
    {
        var records = new List<InspectorRecord>();
        var errors = new List<EnterpriseRowError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2;
            var before = errors.Count;
            void Error(string field, string message) => errors.Add(new EnterpriseRowError(rowNumber, field, message));
            string? Value(string column) => rows[i].GetValueOrDefault(column)?.Trim();

            var certificate = Value("certificateNo");
            if (!InputLimits.IsId(certificate)) Error("certificateNo", "执法证号无效（字母、数字、-、_、.，最多 64 位）");
            else if (seen.TryGetValue(certificate!, out var first)) Error("certificateNo", $"与第 {first} 行重复");
            else seen[certificate!] = rowNumber;

            var name = Value("name");
            if (string.IsNullOrEmpty(name) || name.Length > InputLimits.Id) Error("name", $"请填写姓名（最多 {InputLimits.Id} 字）");
            var department = Value("departmentId");
            if (department is null || !county.HasDepartment(department)) Error("departmentId", "未知的部门");

            var kind = WireNames.Parse<StaffKind>(Value("staffKind"));
            if (kind is null) Error("staffKind", "人员类别须为 officer、gridWorker 或 auxiliary");
            var officer = certificate is null ? null : county.OfficerByCode(certificate);
            if (kind == StaffKind.Officer && (officer is null || officer.DepartmentId != department))
                Error("certificateNo", "执法人员须为本县该部门已登记的执法队员（执法证号与部门一致）");

            var qualifications = List(Value("qualifications"));
            if (qualifications.Count > MaxListItems || qualifications.Any(q => !InputLimits.IsId(q))) Error("qualifications", "资格编号无效（以 ; 分隔）");
            else if (kind == StaffKind.Officer && qualifications.Count == 0) Error("qualifications", "执法人员须至少有一项检查资格");
            var recusals = List(Value("recusals")).Select(c => c.ToUpperInvariant()).ToList();
            if (recusals.Count > MaxListItems || recusals.Any(c => !CreditCode.IsValid(c))) Error("recusals", "回避企业须为有效的统一社会信用代码（以 ; 分隔）");

            if (errors.Count == before)
                records.Add(new InspectorRecord(certificate!, name!, department!, kind == StaffKind.Officer ? officer!.Id : null,
                    qualifications.Distinct().ToList(), kind!.Value, recusals.Distinct().ToList()));
        }
        return errors.Count > 0 ? ([], errors) : (records, errors);
    }

    static List<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
