using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// The double-random draw of inspectors (双随机, DOMAIN.md §4 rules 8 and 9), as a plain function anyone can re-run:
/// <list type="number">
/// <item>leave out who may never inspect (grid workers, auxiliary staff), then freeze the pool in canonical order and hash it;</item>
/// <item>commit to the seed (SHA-256 of its bytes) — the caller stores the commitment before revealing the seed;</item>
/// <item>for each task, remove inspectors who must step aside (回避) from its enterprise before ranking anyone;</item>
/// <item>take tasks in task-id order; for each involved department (by id) draw one inspector of that department holding
/// its qualification, then fill up to <see cref="DrawParameters.InspectorsPerVisit"/> from all qualified inspectors of
/// the involved departments. Each pick is the least-loaded candidate so far, ties broken by the lowest
/// <see cref="DrawHashes.RankKey"/>: the seed decides, and the work is spread evenly;</item>
/// <item>a task that cannot be staffed in full is reported with its reason and gets nobody, never a short team.</item>
/// </list>
/// </summary>
public static class Draw
{
    /// <summary>Bounds on one draw: a county's yearly plan fits in a few draws, and a re-run stays well under a second.</summary>
    public const int MaxTasks = 500;
    public const int MaxPool = 5000;

    public static DrawCheck Run(string id, IReadOnlyList<DrawTask> tasks, IReadOnlyList<DrawInspector> directory, DrawParameters parameters, string seed)
    {
        var errors = Check(tasks, directory, parameters);
        var seedBytes = DrawHashes.SeedBytesOf(seed);
        if (seedBytes is null) errors["seed"] = ["种子须为 64 位十六进制字符（32 字节）"];
        if (errors.Count > 0) return DrawCheck.Invalid(errors);

        var excluded = directory.Where(i => i.Kind != StaffKind.Officer)
            .OrderBy(i => i.OfficerId, StringComparer.Ordinal)
            .Select(i => new DrawExclusion(i.OfficerId, i.Kind == StaffKind.GridWorker ? "网格员不得担任检查人员" : "辅助人员不得担任检查人员"))
            .ToList();
        var pool = Freeze(directory.Where(i => i.Kind == StaffKind.Officer));
        var frozenTasks = Canonical(tasks);
        var (result, unstaffed) = Assign(frozenTasks, pool, parameters, seedBytes!);
        return DrawCheck.Ok(new DrawRecord(id, DrawHashes.Commitment(seedBytes!), seed.ToLowerInvariant(), DrawHashes.PoolHash(pool),
            parameters, pool, frozenTasks, result, unstaffed, excluded));
    }

    /// <summary>The draw itself, given a frozen pool and the seed: what <see cref="DrawVerification"/> re-runs.</summary>
    internal static (IReadOnlyList<DrawAssignment> Result, IReadOnlyList<UnstaffedTask> Unstaffed) Assign(
        IReadOnlyList<DrawTask> tasks, IReadOnlyList<DrawInspector> pool, DrawParameters parameters, byte[] seed)
    {
        var load = pool.ToDictionary(i => i.OfficerId, _ => 0);
        var result = new List<DrawAssignment>();
        var unstaffed = new List<UnstaffedTask>();
        foreach (var task in tasks.OrderBy(t => t.TaskId, StringComparer.Ordinal))
        {
            var departments = task.Departments.OrderBy(d => d.DepartmentId, StringComparer.Ordinal).ToList();
            bool QualifiedFor(DrawInspector i, DrawDepartment d) => i.DepartmentId == d.DepartmentId && i.Qualifications.Contains(d.Qualification);
            // Exclusions come before any ranking: whoever must step aside (回避) is never a candidate, not merely skipped.
            var eligible = pool.Where(i => i.Kind == StaffKind.Officer && !i.Conflicts.Contains(task.CreditCode) && departments.Any(d => QualifiedFor(i, d))).ToList();

            var rank = eligible.ToDictionary(i => i.OfficerId, i => DrawHashes.RankKey(seed, task.TaskId, i.OfficerId));
            DrawInspector? Pick(IEnumerable<DrawInspector> candidates) => candidates
                .OrderBy(i => load[i.OfficerId]).ThenBy(i => rank[i.OfficerId], StringComparer.Ordinal).FirstOrDefault();

            var drawn = new List<DrawInspector>();
            string? reason = null;
            foreach (var d in departments)
            {
                var pick = Pick(eligible.Where(i => QualifiedFor(i, d) && !drawn.Contains(i)));
                if (pick is null)
                {
                    reason = $"部门 {d.DepartmentId} 没有持 {d.Qualification} 资格且无需回避的检查人员";
                    break;
                }
                drawn.Add(pick);
            }
            var needed = Math.Max(parameters.InspectorsPerVisit, departments.Count);
            while (reason is null && drawn.Count < needed)
            {
                var pick = Pick(eligible.Where(i => !drawn.Contains(i)));
                if (pick is null) reason = $"合格且无需回避的检查人员不足：需要 {needed} 人，只有 {drawn.Count} 人";
                else drawn.Add(pick);
            }

            if (reason is not null)
            {
                unstaffed.Add(new UnstaffedTask(task.TaskId, reason));
                continue;
            }
            foreach (var i in drawn) load[i.OfficerId]++;
            result.Add(new DrawAssignment(task.TaskId, drawn.Select(i => i.OfficerId).ToList()));
        }
        return (result, unstaffed);
    }

    /// <summary>Field errors for the public contract (400): nothing is drawn from input that is not well formed.</summary>
    static Dictionary<string, string[]> Check(IReadOnlyList<DrawTask> tasks, IReadOnlyList<DrawInspector> directory, DrawParameters parameters)
    {
        var errors = new Dictionary<string, string[]>();
        if (parameters.InspectorsPerVisit is < DrawParameters.MinimumInspectors or > DrawParameters.MaximumInspectors)
            errors["parameters.inspectorsPerVisit"] = [$"每次检查须有 {DrawParameters.MinimumInspectors}–{DrawParameters.MaximumInspectors} 名检查人员"];

        if (tasks.Count is 0 or > MaxTasks) errors["tasks"] = [$"每次抽取须有 1–{MaxTasks} 项检查任务"];
        else if (tasks.Any(t => !InputLimits.IsId(t.TaskId))) errors["tasks.taskId"] = ["任务编号无效"];
        else if (tasks.GroupBy(t => t.TaskId).FirstOrDefault(g => g.Count() > 1) is { } twice) errors["tasks.taskId"] = [$"任务 {twice.Key} 重复"];
        if (tasks.FirstOrDefault(t => !CreditCode.IsValid(t.CreditCode)) is { } badCode)
            errors["tasks.creditCode"] = [$"任务 {badCode.TaskId} 的统一社会信用代码无效"];
        if (tasks.FirstOrDefault(t => t.Departments is not { Count: > 0 }
                || t.Departments.Any(d => !InputLimits.IsId(d.DepartmentId) || !InputLimits.IsId(d.Qualification))
                || t.Departments.Select(d => d.DepartmentId).Distinct().Count() != t.Departments.Count) is { } badDepartments)
            errors["tasks.departments"] = [$"任务 {badDepartments.TaskId} 须列出参与部门（不重复）及各部门所需资格"];

        if (directory.Count > MaxPool) errors["pool"] = [$"人员库最多 {MaxPool} 人"];
        if (directory.Any(i => !InputLimits.IsId(i.OfficerId))) errors["pool.officerId"] = ["人员编号无效"];
        else if (directory.GroupBy(i => i.OfficerId).FirstOrDefault(g => g.Count() > 1) is { } again) errors["pool.officerId"] = [$"人员 {again.Key} 重复"];
        if (directory.FirstOrDefault(i => !InputLimits.IsId(i.DepartmentId) || i.Qualifications is null || i.Conflicts is null
                || i.Qualifications.Any(q => !InputLimits.IsId(q)) || i.Conflicts.Any(c => !CreditCode.IsValid(c))) is { } badEntry)
            errors["pool.entries"] = [$"人员 {badEntry.OfficerId} 的部门、资格或回避企业代码无效"];
        if (directory.Any(i => !Enum.IsDefined(i.Kind))) errors["pool.kind"] = ["人员类别须为 officer、gridWorker 或 auxiliary"];
        return errors;
    }

    static IReadOnlyList<DrawInspector> Freeze(IEnumerable<DrawInspector> pool) => pool
        .OrderBy(i => i.OfficerId, StringComparer.Ordinal)
        .Select(i => i with { Qualifications = DrawHashes.Sorted(i.Qualifications), Conflicts = DrawHashes.Sorted(i.Conflicts) })
        .ToList();

    static IReadOnlyList<DrawTask> Canonical(IReadOnlyList<DrawTask> tasks) => tasks
        .OrderBy(t => t.TaskId, StringComparer.Ordinal)
        .Select(t => t with { Departments = t.Departments.OrderBy(d => d.DepartmentId, StringComparer.Ordinal).ToList() })
        .ToList();
}
