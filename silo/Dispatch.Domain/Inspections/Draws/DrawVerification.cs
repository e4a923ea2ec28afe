namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// Re-runs a stored draw from its own record (DOMAIN.md §4 rule 9): the revealed seed must match the commitment made
/// before the draw, the stored pool must still hash to the recorded pool hash, and the draw re-run from seed, pool, tasks
/// and parameters must give exactly the recorded result. The first failing step is reported, in Chinese.
/// </summary>
public static class DrawVerification
{
    public static DrawVerdict Verify(DrawRecord record)
    {
        var seed = DrawHashes.SeedBytesOf(record.Seed);
        if (seed is null) return Fail("记录中的种子缺失或格式无效（应为 64 位十六进制字符）");
        if (DrawHashes.Commitment(seed) != record.SeedCommitment)
            return Fail("种子与抽取前公布的种子承诺不一致：种子或承诺被改动");
        if (DrawHashes.PoolHash(record.Pool) != record.PoolHash)
            return Fail("候选人员库与记录的人员库哈希不一致：人员库在抽取后被改动");
        if (record.Pool.GroupBy(i => i.OfficerId).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Fail($"候选人员库中人员 {twice.Key} 出现多次");
        if (record.Pool.FirstOrDefault(i => i.Kind != StaffKind.Officer) is { } notOfficer)
            return Fail($"候选人员库含有不得担任检查人员的 {notOfficer.OfficerId}");
        if (record.Parameters.InspectorsPerVisit is < DrawParameters.MinimumInspectors or > DrawParameters.MaximumInspectors)
            return Fail($"抽取参数无效：每次检查人数为 {record.Parameters.InspectorsPerVisit}");

        if (record.Result.GroupBy(a => a.TaskId).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            return Fail($"记录中任务 {repeated.Key} 出现多次");

        var (result, unstaffed) = Draw.Assign(record.Tasks, record.Pool, record.Parameters, seed);
        if (Difference(result, unstaffed, record) is { } difference)
            return Fail($"按记录的种子、人员库和参数重新抽取，结果与记录不一致：{difference}");
        return new DrawVerdict(true,
            $"核验通过：种子与承诺一致，人员库哈希一致，重新抽取结果与记录一致（{record.Result.Count} 项任务已抽定，{record.Unstaffed.Count} 项无法配齐人员）");
    }

    static DrawVerdict Fail(string details) => new(false, details);

    static string? Difference(IReadOnlyList<DrawAssignment> result, IReadOnlyList<UnstaffedTask> unstaffed, DrawRecord record)
    {
        var stored = record.Result.ToDictionary(a => a.TaskId, a => a.InspectorIds, StringComparer.Ordinal);
        foreach (var a in result)
        {
            if (!stored.Remove(a.TaskId, out var ids)) return $"任务 {a.TaskId} 应抽定 {Names(a.InspectorIds)}，记录中没有";
            if (!ids.SequenceEqual(a.InspectorIds)) return $"任务 {a.TaskId} 应为 {Names(a.InspectorIds)}，记录为 {Names(ids)}";
        }
        if (stored.Keys.FirstOrDefault() is { } extra) return $"记录中的任务 {extra} 不应抽定人员";
        var expected = unstaffed.Select(u => u.TaskId).ToHashSet(StringComparer.Ordinal);
        if (!expected.SetEquals(record.Unstaffed.Select(u => u.TaskId)) || record.Unstaffed.Count != unstaffed.Count)
            return "无法配齐人员的任务与记录不一致";
        return null;
    }

    static string Names(IEnumerable<string> ids) => string.Join("、", ids);
}
