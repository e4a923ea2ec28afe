using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>Reads a directory CSV (UTF-8, a header row naming the import's columns) into rows by column name.</summary>
public static class DirectoryCsv
{
    public const int MaxRows = 50_000;

    /// <returns>the rows, or the problems with the file as a whole (row 1 is the header)</returns>
    public static (IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows, IReadOnlyList<EnterpriseRowError> Errors) Read(Stream content, IReadOnlyList<string> columns)
    {
        using var reader = new StreamReader(content, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            return ([], [new EnterpriseRowError(1, "header", "文件为空或缺少表头行")]);
        var missing = columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            return ([], missing.Select(c => new EnterpriseRowError(1, c, "表头缺少此列")).ToList());
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows) return ([], [new EnterpriseRowError(rows.Count + 2, "file", $"一次最多导入 {MaxRows} 行")]);
            // A short row's missing fields are null, so the row check names them (GetField would throw: a 500).
            rows.Add(columns.ToDictionary(c => c, c => csv.TryGetField<string>(c, out var value) ? value : null));
        }
        return (rows, []);
    }
}
