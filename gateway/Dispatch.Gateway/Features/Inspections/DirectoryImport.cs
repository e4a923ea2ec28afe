using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>
/// The one way a directory (enterprises, inspectors) is imported from CSV: read by column name, every row checked, and
/// either every row imported or none (400 with each row's errors); a dry run answers what an import would do.
/// </summary>
public static class DirectoryImport
{
    /// <summary>The answer of an import (public contract: <c>{"imported","updated","dryRun"}</c>).</summary>
    public sealed record ImportAnswer(int Imported, int Updated, bool DryRun);

    /// <param name="check">the rows' check: records, or every row's errors</param>
    /// <param name="import">stores the records (durable when it returns)</param>
    /// <param name="known">the keys already in the directory, for a dry run's count of replacements</param>
    public static async Task<IResult> Handle<T>(IFormFile? file, bool dryRun, IReadOnlyList<string> columns,
        Func<IReadOnlyList<IReadOnlyDictionary<string, string?>>, (IReadOnlyList<T> Records, IReadOnlyList<EnterpriseRowError> Errors)> check,
        Func<IReadOnlyList<T>, Task<ImportCount>> import, Func<Task<IReadOnlySet<string>>> known, Func<T, string> keyOf)
    {
        if (file is null || file.Length == 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的 CSV 文件（表单字段 file）"] }, title: "缺少导入文件");
        await using var content = file.OpenReadStream();
        var (rows, fileErrors) = DirectoryCsv.Read(content, columns);
        var (records, rowErrors) = fileErrors.Count > 0 ? ([], fileErrors) : check(rows);
        if (rowErrors.Count > 0)
            return Results.Problem(title: "导入文件有误，未导入任何数据", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["rows"] = rowErrors.Take(1000).ToList(), ["errorCount"] = rowErrors.Count });
        if (!dryRun)
        {
            var done = await import(records);
            return Results.Ok(new ImportAnswer(done.Imported, done.Updated, false));
        }
        var existing = await known();
        var updated = records.Count(r => existing.Contains(keyOf(r)));
        return Results.Ok(new ImportAnswer(records.Count - updated, updated, true));
    }
}
