using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Whistles;

/// <summary>
/// The whistle's state machine (DOMAIN.md §3). Every action is checked here, in this order: the caller's role and
/// relation to the whistle (403), the whistle's and the part's state (409), then the input (400); a refused action
/// changes nothing. Visibility (404) is decided before, by <see cref="WhistleScope.CanSee"/>.
/// </summary>
public static class WhistleRules
{
    public const int MaxOfficersPerAssign = 10;

    /// <summary>A new whistle as filed: awaiting the township leader, or open at once when the county waives approval for its urgency.</summary>
    public static WhistleRecord File(string id, NewWhistle w, Actor who, DateTimeOffset at, WhistleSettings settings)
    {
        var waived = settings.ApprovalWaivedFor.Contains(w.Urgency);
        var entry = WhistleTimelineEntry.Of(who, at, "create", null, WhistleStatus.PendingApproval, location: w.Location, data: new WhistleTimelineData
        {
            IncidentId = w.IncidentId, DepartmentIds = w.Parts.Select(p => p.DepartmentId).ToList(), ApprovalWaived = waived ? true : null,
        });
        var filed = new WhistleRecord(id, WhistleStatus.PendingApproval, w.Title, w.Description, w.Urgency, w.TownshipId, w.ZoneId, w.Location,
            w.IncidentId, w.Parts, who.Username, at, at, [entry]);
        return waived ? Open(filed, Actor.System, at, settings, "紧急吹哨，按县设置免审批") : filed;
    }

    public static WhistleOutcome Apply(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, DateTimeOffset at,
        Func<string, OfficerProfile?> officer, WhistleSettings settings) => action switch
    {
        WhistleAction.Approve => Approve(w, who, at, settings),
        WhistleAction.Reject => Reject(w, who, input, at),
        WhistleAction.Cancel => Cancel(w, who, input, at),
        WhistleAction.Assign => Assign(w, who, input, at, officer),
        WhistleAction.Acknowledge or WhistleAction.Arrive => Step(w, action, who, input, at),
        WhistleAction.Handle => Handle(w, who, input, at),
        WhistleAction.Close => Close(w, who, at),
        WhistleAction.Rate => Rate(w, who, input, at),
        _ => Refuse(RefusalKind.Invalid, "未知的操作"),
    };

    static WhistleOutcome Approve(WhistleRecord w, Actor who, DateTimeOffset at, WhistleSettings settings)
    {
        if (!who.Scope.IsTownshipOf(w) || !who.Scope.Approver) return Refuse(RefusalKind.Forbidden, "只有本乡镇（街道）主要领导可以审批吹哨");
        if (w.Status != WhistleStatus.PendingApproval) return Refuse(RefusalKind.Conflict, "该吹哨不在待审批状态");
        return WhistleOutcome.Ok(Open(w, who, at, settings, null));
    }

    static WhistleRecord Open(WhistleRecord w, Actor who, DateTimeOffset at, WhistleSettings settings, string? reason)
    {
        var limit = settings.LimitFor(w.Urgency);
        var parts = w.Departments.Select(p => p with
        {
            NotifiedAt = at,
            ReportDeadline = at.AddMinutes(limit.ReportMinutes),
            ArriveDeadline = at.AddMinutes(limit.ArriveMinutes),
        }).ToList();
        return Move(w with { Departments = parts, OpenedAt = at }, WhistleStatus.Open, who, at, "approve", reason);
    }

    static WhistleOutcome Reject(WhistleRecord w, Actor who, WhistleInput input, DateTimeOffset at)
    {
        if (!who.Scope.IsTownshipOf(w) || !who.Scope.Approver) return Refuse(RefusalKind.Forbidden, "只有本乡镇（街道）主要领导可以审批吹哨");
        if (w.Status != WhistleStatus.PendingApproval) return Refuse(RefusalKind.Conflict, "该吹哨不在待审批状态");
        if (Text(input.Reason) is not { } reason) return Refuse(RefusalKind.Invalid, $"请填写驳回理由（最多 {InputLimits.Text} 字）");
        return WhistleOutcome.Ok(Move(w, WhistleStatus.Rejected, who, at, "reject", reason));
    }

    static WhistleOutcome Cancel(WhistleRecord w, Actor who, WhistleInput input, DateTimeOffset at)
    {
        if (!who.Scope.IsTownshipOf(w)) return Refuse(RefusalKind.Forbidden, "只有本乡镇（街道）工作人员可以撤销吹哨");
        if (!w.IsOpen) return Refuse(RefusalKind.Conflict, "该吹哨已结束，不能撤销");
        if (input.Reason is { Length: > InputLimits.Text }) return Refuse(RefusalKind.Invalid, $"撤销理由最多 {InputLimits.Text} 字");
        var released = w.OfficersAtWork.Select(o => new OfficerMove(o, WorkStep.Released)).ToList();
        return WhistleOutcome.Ok(Move(w, WhistleStatus.Cancelled, who, at, "cancel", Text(input.Reason)), released);
    }

    static WhistleOutcome Assign(WhistleRecord w, Actor who, WhistleInput input, DateTimeOffset at, Func<string, OfficerProfile?> officer)
    {
        if (!w.Departments.Any(p => who.Scope.ActsFor(w, p.DepartmentId))) return Refuse(RefusalKind.Forbidden, "只有被召集部门的值班台（或片区指挥中心）可以派员报到");
        var departmentId = input.DepartmentId ?? (who.Role == Role.DepartmentDesk ? who.Scope.DepartmentId : null);
        if (w.Part(departmentId) is not { } part) return Refuse(RefusalKind.Invalid, "该吹哨没有召集此部门（departmentId）");
        if (!who.Scope.ActsFor(w, part.DepartmentId)) return Refuse(RefusalKind.Forbidden, "只有被召集部门的值班台（或片区指挥中心）可以派员报到");
        if (w.Status != WhistleStatus.Open) return Refuse(RefusalKind.Conflict, "该吹哨未在进行中");
        if (part.Progress == PartStatus.Handled) return Refuse(RefusalKind.Conflict, "该部门已处置完毕");
        var ids = input.OfficerIds ?? [];
        if (ids.Count is 0 or > MaxOfficersPerAssign || ids.Distinct().Count() != ids.Count)
            return Refuse(RefusalKind.Invalid, $"请选择 1–{MaxOfficersPerAssign} 名不重复的执法队员（officerIds）");
        foreach (var id in ids)
        {
            // An unknown officer and one the caller may not send get the same answer, before anything else is looked at.
            if (!InputLimits.IsId(id) || officer(id) is not { } o || o.DepartmentId != part.DepartmentId ||
                who.Role == Role.ZoneDispatcher && !who.Scope.CanCommand(o))
                return Refuse(RefusalKind.Invalid, $"执法队员 {InputLimits.Quote(id)} 不是本部门可派的队员");
            if (part.Officers.Contains(id)) return Refuse(RefusalKind.Conflict, $"执法队员 {o.Name} 已在本次吹哨中");
        }
        var reported = part with
        {
            OfficerIds = [.. part.Officers, .. ids],
            Progress = part.Progress == PartStatus.Notified ? PartStatus.Assigned : part.Progress,
            ReportedAt = part.ReportedAt ?? at,
        };
        reported = reported with { Late = reported.Deadline is { } d && at > d };
        var data = new WhistleTimelineData { DepartmentId = part.DepartmentId, OfficerIds = ids };
        return WhistleOutcome.Ok(Record(w, reported, who, at, "assign", data), ids.Select(o => new OfficerMove(o, WorkStep.Assigned)).ToList());
    }

    /// <summary>acknowledge and arrive: an assigned officer speaks for itself, on the part it was sent for.</summary>
    static WhistleOutcome Step(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, DateTimeOffset at)
    {
        if (who.Role != Role.Officer || who.Scope.OfficerId is not { } me) return Refuse(RefusalKind.Forbidden, "只有被派的执法队员本人可以确认、到场");
        var part = w.Departments.FirstOrDefault(p => p.Officers.Contains(me) && (input.DepartmentId is null || p.DepartmentId == input.DepartmentId));
        if (part is null) return Refuse(RefusalKind.Forbidden, "您未被派往此吹哨");
        if (w.Status != WhistleStatus.Open || part.Progress == PartStatus.Handled) return Refuse(RefusalKind.Conflict, "该吹哨任务已结束");
        var data = new WhistleTimelineData { DepartmentId = part.DepartmentId, OfficerIds = [me] };
        if (action == WhistleAction.Acknowledge)
        {
            if (part.Acknowledged.Contains(me)) return Refuse(RefusalKind.Conflict, "您已确认过此任务");
            var acknowledged = part with
            {
                AcknowledgedBy = [.. part.Acknowledged, me],
                Progress = part.Progress == PartStatus.Assigned ? PartStatus.Acknowledged : part.Progress,
            };
            return WhistleOutcome.Ok(Record(w, acknowledged, who, at, "acknowledge", data), [new OfficerMove(me, WorkStep.Acknowledged)]);
        }
        if (part.Arrived.Contains(me)) return Refuse(RefusalKind.Conflict, "您已到场");
        var arrived = part with
        {
            AcknowledgedBy = part.Acknowledged.Contains(me) ? part.Acknowledged : [.. part.Acknowledged, me],
            ArrivedBy = [.. part.Arrived, me],
            Progress = PartStatus.Arrived,
            ArrivedAt = part.ArrivedAt ?? at,
            Late = false,
        };
        return WhistleOutcome.Ok(Record(w, arrived, who, at, "arrive", data), [new OfficerMove(me, WorkStep.Arrived)]);
    }

    static WhistleOutcome Handle(WhistleRecord w, Actor who, WhistleInput input, DateTimeOffset at)
    {
        var officerId = who.Role == Role.Officer ? who.Scope.OfficerId : null;
        var departmentId = input.DepartmentId ?? (who.Role == Role.DepartmentDesk ? who.Scope.DepartmentId : null)
            ?? (officerId is null ? null : w.Departments.FirstOrDefault(p => p.Officers.Contains(officerId))?.DepartmentId);
        if (officerId is null && !w.Departments.Any(p => who.Scope.ActsFor(w, p.DepartmentId)))
            return Refuse(RefusalKind.Forbidden, "只有该部门值班台或被派队员可以办结本部门任务");
        if (w.Part(departmentId) is not { } part) return Refuse(RefusalKind.Invalid, "该吹哨没有召集此部门（departmentId）");
        var mayAct = officerId is not null ? part.Officers.Contains(officerId) : who.Scope.ActsFor(w, part.DepartmentId);
        if (!mayAct) return Refuse(RefusalKind.Forbidden, "只有该部门值班台或被派队员可以办结本部门任务");
        if (w.Status != WhistleStatus.Open) return Refuse(RefusalKind.Conflict, "该吹哨未在进行中");
        if (part.Progress == PartStatus.Handled) return Refuse(RefusalKind.Conflict, "该部门已处置完毕");
        if (part.Progress == PartStatus.Notified) return Refuse(RefusalKind.Conflict, "该部门尚未派员报到");
        if (Text(input.Result) is not { } result) return Refuse(RefusalKind.Invalid, $"请填写处置结果（最多 {InputLimits.Text} 字）");
        var handled = part with { Progress = PartStatus.Handled, HandledAt = at, Result = result, Late = false };
        var data = new WhistleTimelineData { DepartmentId = part.DepartmentId, Result = result };
        return WhistleOutcome.Ok(Record(w, handled, who, at, "handle", data), part.Officers.Select(o => new OfficerMove(o, WorkStep.Finished)).ToList());
    }

    static WhistleOutcome Close(WhistleRecord w, Actor who, DateTimeOffset at)
    {
        if (!who.Scope.IsTownshipOf(w)) return Refuse(RefusalKind.Forbidden, "只有本乡镇（街道）工作人员可以办结吹哨");
        if (w.Status != WhistleStatus.Open) return Refuse(RefusalKind.Conflict, "该吹哨未在进行中");
        if (w.Departments.Any(p => p.Progress != PartStatus.Handled)) return Refuse(RefusalKind.Conflict, "还有部门未处置完毕，不能办结（事不完，人不走）");
        return WhistleOutcome.Ok(Move(w, WhistleStatus.Closed, who, at, "close", null));
    }

    static WhistleOutcome Rate(WhistleRecord w, Actor who, WhistleInput input, DateTimeOffset at)
    {
        if (!who.Scope.IsTownshipOf(w)) return Refuse(RefusalKind.Forbidden, "只有本乡镇（街道）工作人员可以评价");
        if (w.Status != WhistleStatus.Closed) return Refuse(RefusalKind.Conflict, w.Status == WhistleStatus.Rated ? "该吹哨已评价" : "吹哨办结后才能评价");
        var ratings = input.Ratings ?? [];
        var byDepartment = ratings.Where(r => r is not null).GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key ?? "", g => g.ToList());
        if (ratings.Count != w.Departments.Count || w.Departments.Any(p => byDepartment.GetValueOrDefault(p.DepartmentId) is not [_]))
            return Refuse(RefusalKind.Invalid, "请为每个被召集部门各评价一次（ratings）");
        var parts = new List<WhistlePart>();
        foreach (var p in w.Departments)
        {
            var r = byDepartment[p.DepartmentId][0];
            var rating = new DepartmentRating(r.Response ?? 0, r.Result ?? 0, r.Attitude ?? 0);
            if (!rating.IsValid) return Refuse(RefusalKind.Invalid, "响应、结果、态度评分均须为 1–5");
            parts.Add(p with { Rating = rating });
        }
        return WhistleOutcome.Ok(Move(w with { Departments = parts }, WhistleStatus.Rated, who, at, "rate", null,
            new WhistleTimelineData { Ratings = ratings }));
    }

    static WhistleRecord Move(WhistleRecord w, WhistleStatus to, Actor who, DateTimeOffset at, string action, string? reason, WhistleTimelineData? data = null) =>
        w with { Status = to, UpdatedAt = at, Timeline = [.. w.Timeline, WhistleTimelineEntry.Of(who, at, action, w.Status, to, reason, data)] };

    static WhistleRecord Record(WhistleRecord w, WhistlePart changed, Actor who, DateTimeOffset at, string action, WhistleTimelineData data) =>
        Replace(w, changed) with
        {
            UpdatedAt = at,
            Timeline = [.. w.Timeline, WhistleTimelineEntry.Of(who, at, action, w.Status, w.Status, data: data)],
        };

    internal static WhistleRecord Replace(WhistleRecord w, WhistlePart changed) =>
        w with { Departments = w.Departments.Select(p => p.DepartmentId == changed.DepartmentId ? changed : p).ToList() };

    static string? Text(string? s) => string.IsNullOrWhiteSpace(s) || s.Length > InputLimits.Text ? null : s.Trim();

    // officerIds come from the wire: an entry may be null or far too long.

    static WhistleOutcome Refuse(RefusalKind kind, string message) => WhistleOutcome.Refuse(kind, message);
}
