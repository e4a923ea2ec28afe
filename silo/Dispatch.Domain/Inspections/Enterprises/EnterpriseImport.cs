using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>
/// Checks an enterprise directory import row by row (the CSV columns of the contract: creditCode, name, industry,
/// townshipId, lat, lon, riskLevel, creditGrade, keyList, peakHours). An import is all or nothing: any error refuses the
/// whole file, and every error of every row is reported at once, so a county fixes its file in one pass.
/// </summary>
public static class EnterpriseImport
{
    public static readonly IReadOnlyList<string> Columns =
        ["creditCode", "name", "industry", "townshipId", "lat", "lon", "riskLevel", "creditGrade", "keyList", "peakHours"];

    public const int NameLength = 200;

    /// <param name="rows">each row's values by column name; row numbers count the header as row 1</param>
    public static (IReadOnlyList<EnterpriseRecord> Records, IReadOnlyList<EnterpriseRowError> Errors) Check(
        IReadOnlyList<IReadOnlyDictionary<string, string?>> rows, CountyDirectory county)
    {
        var records = new List<EnterpriseRecord>();
        var errors = new List<EnterpriseRowError>();
        var seen = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowNumber = i + 2;
            var row = rows[i];
            var before = errors.Count;
            void Error(string field, string message) => errors.Add(new EnterpriseRowError(rowNumber, field, message));
            string? Value(string column) => row.GetValueOrDefault(column)?.Trim();

            var code = Value("creditCode")?.ToUpperInvariant();
            if (!CreditCode.IsValid(code)) Error("creditCode", "统一社会信用代码无效（18 位，校验位按 GB 32100 计算）");
            else if (seen.TryGetValue(code!, out var first)) Error("creditCode", $"与第 {first} 行重复");
            else seen[code!] = rowNumber;

            var name = Value("name");
            if (string.IsNullOrEmpty(name) || name.Length > NameLength) Error("name", $"请填写企业名称（最多 {NameLength} 字）");
            var industry = Value("industry");
            if (string.IsNullOrEmpty(industry) || industry.Length > InputLimits.Id) Error("industry", $"请填写行业（最多 {InputLimits.Id} 字）");

            var townshipId = Value("townshipId");
            var township = townshipId is null ? null : county.Township(townshipId);
            if (township is null) Error("townshipId", "未知的乡镇");
            var lat = Number(Value("lat"));
            var lon = Number(Value("lon"));
            var point = new GeoPoint(lat ?? double.NaN, lon ?? double.NaN);
            if (lat is null || lon is null || !point.IsValid) Error("lat", "请提供有效的经纬度（lat、lon）");
            else if (township is not null && county.LocateTownship(point)?.Id != township.Id) Error("lat", $"该位置不在{township.Name}内");

            var risk = WireNames.Parse<RiskLevel>(Value("riskLevel"));
            if (risk is null) Error("riskLevel", "风险等级须为 low、medium 或 high");
            var grade = Enum.GetValues<CreditGrade>().Select(v => (CreditGrade?)v).FirstOrDefault(v => v.ToString() == Value("creditGrade"));
            if (grade is null) Error("creditGrade", "信用等级须为 A、B、C 或 D");
            bool? keyList = Value("keyList") switch { "true" => true, "false" => false, _ => null };
            if (keyList is null) Error("keyList", "重点名单须为 true 或 false");
            var peaks = PeakHours.Parse(Value("peakHours"));
            if (peaks is null) Error("peakHours", "生产高峰时段格式如 08:00-11:00;14:00-17:00，可留空");

            if (errors.Count == before)
                records.Add(new EnterpriseRecord(code!, name!, industry!, township!.Id, point, risk!.Value, grade!.Value, keyList!.Value, peaks!));
        }
        return errors.Count == 0 ? (records, []) : ([], errors);
    }

    static double? Number(string? s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
