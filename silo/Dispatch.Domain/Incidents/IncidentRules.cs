using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// Applies an action to an incident: checks the transition table, the actor's role and relation to the incident,
/// and the input; then returns the new record with a timeline entry. Pure: the grain persists and notifies.
/// </summary>
public static class IncidentRules
{
    const int MaxText = InputLimits.Text;

    /// <summary>The same answer for an unknown officer and one outside the caller's command, so neither reveals the other.</summary>
    public const string NotYourOfficer = "该执法队员不存在或不在您的指挥范围内";

    public static string WireName(this IncidentAction a) => WireNames.Of(a);

    public static bool TryParseAction(string? wire, out IncidentAction action)
    {
        var parsed = WireNames.Parse<IncidentAction>(wire);
        action = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    /// <summary>The actions this actor may take now (the console shows them as buttons).</summary>
    public static IReadOnlyList<IncidentAction> AvailableTo(IncidentRecord r, Actor who) =>
        IncidentTransitions.Available(r.Status).Where(a => Permission(r, IncidentTransitions.FindAny(r.Status, a)!, who) is null).ToList();

    public static ActionOutcome Apply(IncidentRecord r, IncidentAction action, Actor who, ActionInput input, DateTimeOffset now,
        ActionContext? context = null)
    {
        context ??= new ActionContext();
        var rule = IncidentTransitions.FindAny(r.Status, action);
        if (rule is null)
            return ActionOutcome.Refuse(RefusalKind.Conflict, $"事件当前为「{IncidentNames.Of(r.Status)}」，不能{IncidentNames.Of(action)}");
        if (Permission(r, rule, who) is { } denied)
            return ActionOutcome.Refuse(RefusalKind.Forbidden, denied);
        if (Validate(r, action, input) is { } invalid)
            return ActionOutcome.Refuse(RefusalKind.Invalid, invalid);
        if (action == IncidentAction.Dispatch && DispatchRefusal(r, who, input, context.Officer) is { } refused)
            return ActionOutcome.Refuse(RefusalKind.Invalid, refused);
        rule = IncidentTransitions.Find(r.Status, action, IncidentTransitions.CheckOf(action, input.Accepted))!;

        var next = r with { Status = rule.To, UpdatedAt = now };
        if (rule.To != IncidentStatus.Registered) next = next with { AwaitingOfficer = false };
        var data = new TimelineData();
        switch (action)
        {
            case IncidentAction.Register:
                // The command centre's registration decides: its priority stands, and an urgent incident may be auto-dispatched.
                if (!who.IsSystem) next = next with { AutoDispatchAllowed = true };
                if (input.Priority is { } priority && priority != r.Priority)
                {
                    if (context.Category is not { } category || context.Settings is not { } settings)
                        return ActionOutcome.Refuse(RefusalKind.Invalid, "无法确定该类别的处置时限");
                    next = next with
                    {
                        Priority = priority,
                        Deadlines = DeadlineRules.For(settings.LimitsFor(category, priority, r.HandleLimit), r.CreatedAt, settings.Calendar),
                    };
                    data = data with { Priority = priority, RequestedPriority = r.RequestedPriority };
                }
                break;
            case IncidentAction.Dispatch:
                next = next with { AssignedOfficerId = input.OfficerId, Met = r.Met.Where(m => m is DeadlineKind.Handle).ToList() };
                data = data with { OfficerId = input.OfficerId };
                if (context.Officer is { } officer && officer.DepartmentId != r.DepartmentId) data = data with { OutsideDepartment = true };
                if (r.AssignedOfficerId is { } previous && previous != input.OfficerId)
                {
                    data = data with { Replaces = previous };
                    // The system only moves an offer on when the officer let it lapse: do not offer it back.
                    if (who.IsSystem && !r.DeclinedBy.Contains(previous)) next = next with { DeclinedBy = [.. r.DeclinedBy, previous] };
                }
                break;
            case IncidentAction.Decline:
            case IncidentAction.SendBack:
                next = next with
                {
                    AssignedOfficerId = null,
                    DeclinedBy = r.AssignedOfficerId is { } o && !r.DeclinedBy.Contains(o) ? [.. r.DeclinedBy, o] : r.DeclinedBy,
                };
                break;
            case IncidentAction.Acknowledge:
                next = next with { Met = [.. r.Met, DeadlineKind.Acknowledge] };
                break;
            case IncidentAction.Arrive:
                next = next with { Met = [.. r.Met, DeadlineKind.Arrive] };
                break;
            case IncidentAction.Handle:
                next = next with { Met = [.. r.Met, DeadlineKind.Handle], Result = input.Result };
                data = data with { Result = input.Result, EvidenceIds = input.EvidenceIds is { Count: > 0 } ids ? ids : null };
                break;
            case IncidentAction.Verify when input.Accepted == false:
                // 返工: a failed check goes back to the same officer, whose handling deadline still stands.
                next = next with { Met = [], Result = null };
                data = data with { Accepted = false };
                break;
            case IncidentAction.Verify:
                data = data with { Accepted = true };
                break;
            case IncidentAction.Rework:
                next = next with { Met = [], Result = null };
                break;
            case IncidentAction.Evaluate:
                next = next with { Score = input.Score };
                data = data with { Score = input.Score };
                break;
            case IncidentAction.Extend:
                var by = TimeSpan.FromMinutes(input.Minutes!.Value);
                next = next with
                {
                    Deadlines = r.Deadlines.Select(d => r.Met.Contains(d.Kind) ? d : d with { Due = d.Due + by }).ToList(),
                    Escalations = r.Escalations.Where(e => r.Met.Contains(e.Kind)).ToList(),
                };
                data = data with { Minutes = input.Minutes };
                break;
        }
        if (input.Comment is { Length: > 0 } comment) data = data with { Comment = comment };

        var entry = TimelineEntry.Of(who, now, action.WireName(), r.Status, next.Status, input.Reason,
            data == new TimelineData() ? null : data, input.Where);
        return ActionOutcome.Ok(next with { Timeline = [.. r.Timeline, entry] });
    }

    /// <summary>
    /// Auto-dispatch found nobody free for a registered urgent incident: say so in the timeline (once per wait) and mark
    /// it, so the zone console shows it and the system offers it as soon as a qualified officer comes free.
    /// </summary>
    public static IncidentRecord AwaitOfficer(IncidentRecord r, DateTimeOffset now) =>
        r.AwaitingOfficer || r.Status != IncidentStatus.Registered ? r : r with
        {
            AwaitingOfficer = true,
            UpdatedAt = now,
            Timeline = [.. r.Timeline, TimelineEntry.Of(Actor.System, now, "autoDispatchWaiting", r.Status, r.Status, "暂无空闲的合格执法队员，有人空闲时自动派遣")],
        };

    /// <summary>A further report of the same problem, merged in by intake: counted and recorded with its own words.</summary>
    public static IncidentRecord AddReport(IncidentRecord r, Actor who, string description, GeoPoint where, DateTimeOffset now)
    {
        var entry = TimelineEntry.Of(who, now, "merge", r.Status, r.Status, data: new TimelineData { Description = description }, location: where);
        return r with { Reports = r.Reports + 1, Timeline = [.. r.Timeline, entry], UpdatedAt = now };
    }

    /// <summary>The escalation bridge: a whistle was raised from this incident; the link is kept on both sides and recorded.</summary>
    public static IncidentRecord LinkWhistle(IncidentRecord r, Actor who, string whistleId, DateTimeOffset now)
    {
        if (r.WhistleIds.Contains(whistleId)) return r;
        var entry = TimelineEntry.Of(who, now, "whistle", r.Status, r.Status, reason: "本部门难以单独处置，乡镇吹哨召集部门",
            data: new TimelineData { WhistleId = whistleId });
        return r with { WhistleIds = [.. r.WhistleIds, whistleId], Timeline = [.. r.Timeline, entry], UpdatedAt = now };
    }

    /// <summary>A photo added to the incident, or why not (see <see cref="EvidenceRefusal"/>).</summary>
    public static (IncidentRecord? Record, Refusal? Refusal) AddEvidence(IncidentRecord r, EvidenceRef evidence, Actor who)
    {
        if (EvidenceRefusal(r, who) is { } refusal) return (null, refusal);
        var entry = TimelineEntry.Of(who, evidence.At, "evidence", r.Status, r.Status,
            data: new TimelineData { EvidenceId = evidence.Id, ContentType = evidence.ContentType });
        return (r with { Evidence = [.. r.Evidence, evidence], Timeline = [.. r.Timeline, entry], UpdatedAt = evidence.At }, null);
    }

    /// <summary>
    /// Who may add a photo to an incident they see (not the auditor, who only reads, nor a desk, which sends work back),
    /// and when: only while the incident is open, and not without end.
    /// </summary>
    public static Refusal? EvidenceRefusal(IncidentRecord r, Actor who) =>
        who.Role is Role.Auditor or Role.DepartmentDesk or Role.Admin ? new(RefusalKind.Forbidden, "当前角色不能上传证据")
        : !r.Status.IsOpen() ? new(RefusalKind.Conflict, $"事件已{IncidentNames.Of(r.Status)}，不能再添加照片")
        : r.Evidence.Count >= InputLimits.EvidencePerIncident ? new(RefusalKind.Conflict, $"每个事件最多 {InputLimits.EvidencePerIncident} 张照片")
        : null;

    /// <summary>Null when allowed, else why not, in words the user reads.</summary>
    static string? Permission(IncidentRecord r, TransitionRule rule, Actor who)
    {
        // The system registers and dispatches urgent incidents itself when the county turns auto-dispatch on.
        if (who.IsSystem) return rule.Action is IncidentAction.Dispatch or IncidentAction.Register ? null : "系统不能执行此操作";
        if (!rule.Roles.Contains(who.Role)) return $"当前角色不能{IncidentNames.Of(rule.Action)}";
        var s = who.Scope;
        return who.Role switch
        {
            Role.Officer when rule.AssignedOfficerOnly || rule.Action == IncidentAction.SendBack =>
                s.OfficerId is not null && s.OfficerId == r.AssignedOfficerId ? null : "只有被指派的执法队员可以办理",
            Role.DepartmentDesk => s.DepartmentId == r.DepartmentId ? null : "只能回退本部门的派遣",
            Role.GridWorker => s.Username == r.ReportedBy ? null : "网格员只能核查和评价自己上报的事件",
            Role.TownshipStaff => s.TownshipId is not null && s.TownshipId == r.TownshipId ? null : "只能办理本乡镇的事件",
            Role.ZoneDispatcher => s.ZoneIds.Contains(r.ZoneId) ? null : "只能办理本片区的事件",
            _ => null,
        };
    }

    /// <summary>
    /// Who may be dispatched: an officer the caller commands (the system any), of the responsible department unless the
    /// dispatcher gives a reason. Unknown and out-of-command officers get the same answer, before anything about the
    /// officer's state is looked at.
    /// </summary>
    static string? DispatchRefusal(IncidentRecord r, Actor who, ActionInput input, OfficerProfile? officer)
    {
        if (officer is null || officer.Id != input.OfficerId || !(who.IsSystem || who.Scope.CanCommand(officer))) return NotYourOfficer;
        if (officer.DepartmentId != r.DepartmentId && string.IsNullOrWhiteSpace(input.Reason))
            return "派遣非责任部门的队员须填写理由 (reason)";
        return null;
    }

    static string? Validate(IncidentRecord r, IncidentAction action, ActionInput input)
    {
        static bool Text(string? s) => !string.IsNullOrWhiteSpace(s) && s.Length <= MaxText;
        if (input.Reason is { Length: > MaxText }) return $"理由最多 {MaxText} 字";
        if (input.Result is { Length: > MaxText }) return $"处置结果最多 {MaxText} 字";
        if (input.Comment is { Length: > MaxText }) return $"说明最多 {MaxText} 字";
        if (input.OfficerId is { } officerId && !InputLimits.IsId(officerId)) return NotYourOfficer;
        if (input.Where is { IsValid: false }) return "位置无效";
        if (input.EvidenceIds is { } ids)
        {
            if (ids.Count > InputLimits.EvidenceIdsPerAction) return $"一次最多引用 {InputLimits.EvidenceIdsPerAction} 张照片";
            if (ids.Any(id => id is null || r.Evidence.All(e => e.Id != id)) || ids.Distinct().Count() != ids.Count)
                return "照片须是本事件已上传的证据 (evidenceIds)";
        }
        return action switch
        {
            IncidentAction.Dispatch when string.IsNullOrWhiteSpace(input.OfficerId) => "派遣须指定执法队员 (officerId)",
            IncidentAction.Reject or IncidentAction.Decline or IncidentAction.SendBack or IncidentAction.Park or IncidentAction.Rework
                when !Text(input.Reason) => $"{IncidentNames.Of(action)}须填写理由（最多 {MaxText} 字）",
            IncidentAction.Extend when !Text(input.Reason) => $"延期须填写理由（最多 {MaxText} 字）",
            IncidentAction.Extend when input.Minutes is not (>= 1 and <= 10080) => "延期时长须为 1 到 10080 分钟",
            IncidentAction.Handle when !Text(input.Result) => $"处置须填写处置结果（最多 {MaxText} 字）",
            IncidentAction.Verify when input.Accepted is null => "核查须说明是否通过 (accepted)",
            IncidentAction.Evaluate when input.Score is not (>= 1 and <= 5) => "评价分数须为 1 到 5",
            _ => null,
        };
    }
}
