using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// The steps of a joint visit after planning (DOMAIN.md §4 rules 5, 7, 10): staffing by a draw, per-item results by an
/// inspector drawn for it, publication within the county's days (一公开), the enterprise's one rating, and escalation when
/// publication is late. Refusals are decided 403 before 409 before 400, and a refused step changes nothing.
/// </summary>
public static class InspectionTaskRules
{
    public const int MaxNote = InputLimits.Text;
    public const int MaxComment = 500;
    public const int MaxEvidence = 50;

    public static TaskOutcome Staff(InspectionTask task, string drawId, IReadOnlyList<string> inspectorIds, string code, DateTimeOffset at)
    {
        if (task.Status != InspectionTaskStatus.Planned) return TaskOutcome.Conflict($"检查任务 {task.Id} 已抽取过检查人员");
        if (inspectorIds.Count < Draws.DrawParameters.MinimumInspectors) return TaskOutcome.Invalid("每次检查至少两名检查人员");
        return TaskOutcome.Ok((task with { Status = InspectionTaskStatus.Drawn, DrawId = drawId, InspectorIds = inspectorIds, Code = code })
            .Recorded(at, "drawn", "system", $"双随机抽取 {drawId}：{string.Join("、", inspectorIds)}；检查码 {code}"));
    }

    public static TaskOutcome RecordResults(InspectionTask task, Scope who, IReadOnlyList<ItemResultInput?>? items, DateTimeOffset at, InspectionSettings settings)
    {
        if (who.Role != Role.Officer || who.OfficerId is not { } officerId || !task.InspectorIds.Contains(officerId))
            return TaskOutcome.Forbidden("只有抽取到本次检查的检查人员可以录入检查结果");
        if (task.Status == InspectionTaskStatus.Published) return TaskOutcome.Conflict("检查结果已公示，不能再修改");
        if (task.Status == InspectionTaskStatus.Planned) return TaskOutcome.Conflict("本次检查尚未抽取检查人员");
        if (items is not { Count: > 0 }) return TaskOutcome.Invalid("请至少录入一个检查事项的结果");
        var known = task.ItemCodes.ToHashSet(StringComparer.Ordinal);
        var results = new List<ItemResult>();
        foreach (var item in items)
        {
            if (item?.ItemCode is not { } code || !known.Contains(code)) return TaskOutcome.Invalid($"检查事项 {InputLimits.Quote(item?.ItemCode)} 不属于本次检查");
            if (results.Any(r => r.ItemCode == code)) return TaskOutcome.Invalid($"检查事项 {code} 重复录入");
            if (WireNames.Parse<ItemOutcome>(item.Outcome) is not { } outcome) return TaskOutcome.Invalid($"检查事项 {code} 的结论须为 pass、problem 或 severe");
            var note = item.Note?.Trim() ?? "";
            if (note.Length > MaxNote) return TaskOutcome.Invalid($"检查事项 {code} 的说明不能超过 {MaxNote} 字");
            if (outcome != ItemOutcome.Pass && note.Length == 0) return TaskOutcome.Invalid($"检查事项 {code} 发现问题，请写明问题");
            var evidence = item.EvidenceIds ?? [];
            if (evidence.Count > InputLimits.EvidenceIdsPerAction || evidence.Any(e => !InputLimits.IsId(e)))
                return TaskOutcome.Invalid($"检查事项 {code} 的证据编号无效（最多 {InputLimits.EvidenceIdsPerAction} 个）");
            if (evidence.FirstOrDefault(e => task.Evidence.All(x => x.Id != e)) is { } unknown)
                return TaskOutcome.Invalid($"检查事项 {code} 的证据 {unknown} 不是本次检查上传的照片");
            results.Add(new ItemResult(code, outcome, note, evidence.Select(e => e!).ToList(), who.Username, at));
        }
        var merged = task.Results.Where(r => results.All(n => n.ItemCode != r.ItemCode)).Concat(results)
            .OrderBy(r => r.ItemCode, StringComparer.Ordinal).ToList();
        var inspectedAt = task.InspectedAt ?? at;
        return TaskOutcome.Ok((task with
        {
            Status = InspectionTaskStatus.Inspected,
            Results = merged,
            InspectedAt = inspectedAt,
            PublishDeadline = task.PublishDeadline ?? PublishDeadlineFor(inspectedAt, settings),
        }).Recorded(at, "results", who.Username, string.Join("；", results.Select(r => $"{r.ItemCode} {WireNames.Of(r.Outcome)}"))));
    }

    /// <summary>A photo for the visit: by an inspector drawn for it, before publication, at most <see cref="MaxEvidence"/>.</summary>
    public static TaskOutcome AddEvidence(InspectionTask task, Scope who, EvidenceRef evidence, DateTimeOffset at)
    {
        if (who.Role != Role.Officer || who.OfficerId is not { } officerId || !task.InspectorIds.Contains(officerId))
            return TaskOutcome.Forbidden("只有抽取到本次检查的检查人员可以上传检查照片");
        if (task.Status == InspectionTaskStatus.Published) return TaskOutcome.Conflict("检查结果已公示，不能再上传照片");
        if (task.Evidence.Count >= MaxEvidence) return TaskOutcome.Conflict($"每次检查最多 {MaxEvidence} 张照片");
        return TaskOutcome.Ok((task with { Evidence = [.. task.Evidence, evidence] }).Recorded(at, "evidence", who.Username, $"上传照片 {evidence.Id}"));
    }

    public static TaskOutcome Publish(InspectionTask task, Scope who, DateTimeOffset at)
    {
        var drawnInspector = who.Role == Role.Officer && who.OfficerId is { } id && task.InspectorIds.Contains(id);
        if (!drawnInspector && who.Role != Role.Planner) return TaskOutcome.Forbidden("只有本次检查的检查人员或联席会议办公室可以公示检查结果");
        if (task.Status == InspectionTaskStatus.Published) return TaskOutcome.Conflict("检查结果已公示");
        var missing = task.ItemCodes.Where(c => task.Results.All(r => r.ItemCode != c)).ToList();
        if (task.Status != InspectionTaskStatus.Inspected || missing.Count > 0)
            return TaskOutcome.Conflict($"尚有检查事项未录入结果：{string.Join("、", missing)}");
        var late = task.PublishDeadline is { } due && at > due;
        return TaskOutcome.Ok((task with { Status = InspectionTaskStatus.Published, PublishedAt = at })
            .Recorded(at, "published", who.Username, late ? "检查结果已公示（逾期）" : "检查结果已公示"));
    }

    public static TaskOutcome Rate(InspectionTask task, int? score, string? comment, DateTimeOffset at)
    {
        if (task.Rating is not null) return TaskOutcome.Conflict("本次检查已评价，每次检查只能评价一次");
        if (task.Status is InspectionTaskStatus.Planned or InspectionTaskStatus.Drawn) return TaskOutcome.Conflict("检查完成后才能评价");
        if (score is not (>= 1 and <= 5)) return TaskOutcome.Invalid("评分须为 1–5 的整数");
        var text = comment?.Trim() ?? "";
        if (text.Length > MaxComment) return TaskOutcome.Invalid($"评价内容不能超过 {MaxComment} 字");
        return TaskOutcome.Ok((task with { Rating = new TaskRating(score.Value, text, at) }).Recorded(at, "rated", "enterprise", $"企业评分 {score}"));
    }

    /// <summary>A late publication is escalated once, to the joint meeting's office; null when nothing is due.</summary>
    public static InspectionTask? Escalate(InspectionTask task, DateTimeOffset now) =>
        !task.Escalated && task.PublishOverdue(now)
            ? (task with { Escalated = true }).Recorded(now, "escalated", "system", $"检查结果逾期未公示（应于 {task.PublishDeadline?.ToOffset(ChinaTime.Offset):yyyy-MM-dd HH:mm} 前），已提请联席会议办公室督办")
            : null;

    /// <summary>The end of the China-time day that is the county's number of days after the inspection (一公开 within 5 days).</summary>
    public static DateTimeOffset PublishDeadlineFor(DateTimeOffset inspectedAt, InspectionSettings settings)
    {
        var china = inspectedAt.ToOffset(ChinaTime.Offset);
        var day = DateOnly.FromDateTime(china.DateTime).AddDays(settings.PublishWithinDays + 1);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).AddTicks(-1);
    }
}
