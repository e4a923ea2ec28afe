using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// Applies an action to an incident: checks the transition table, the actor's role and relation to the incident,
/// and the input; then returns the new record with a timeline entry. Pure: the grain persists and notifies.
/// </summary>
public static class IncidentRules
{
    const int MaxText = 1000;

    public static string WireName(this IncidentAction a) => WireNames.Of(a);

    public static bool TryParseAction(string? wire, out IncidentAction action)
    {
        var parsed = WireNames.Parse<IncidentAction>(wire);
        action = parsed.GetValueOrDefault();
        return parsed is not null;
    }

    /// <summary>The actions this actor may take now (the console shows them as buttons).</summary>
    public static IReadOnlyList<IncidentAction> AvailableTo(IncidentRecord r, Actor who) =>
        IncidentTransitions.Available(r.Status).Where(a => Permission(r, IncidentTransitions.Find(r.Status, a)!, who) is null).ToList();

    public static ActionOutcome Apply(IncidentRecord r, IncidentAction action, Actor who, ActionInput input, DateTimeOffset now)
    {
        var rule = IncidentTransitions.Find(r.Status, action);
        if (rule is null)
            return ActionOutcome.Refuse(RefusalKind.Conflict, $"事件当前为「{IncidentNames.Of(r.Status)}」，不能{IncidentNames.Of(action)}");
        if (Permission(r, rule, who) is { } denied)
            return ActionOutcome.Refuse(RefusalKind.Forbidden, denied);
        if (Validate(action, input) is { } invalid)
            return ActionOutcome.Refuse(RefusalKind.Invalid, invalid);

        var next = r with { Status = rule.To, UpdatedAt = now };
        var data = new TimelineData();
        switch (action)
        {
            case IncidentAction.Dispatch:
                next = next with { AssignedOfficerId = input.OfficerId, Met = r.Met.Where(m => m is DeadlineKind.Handle).ToList() };
                data = data with { OfficerId = input.OfficerId };
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
                next = next with { Status = IncidentStatus.Dispatched, Met = [], Result = null };
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

    static string? Validate(IncidentAction action, ActionInput input)
    {
        static bool Text(string? s) => !string.IsNullOrWhiteSpace(s) && s.Length <= MaxText;
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
            _ when input.Comment is { Length: > MaxText } => $"说明最多 {MaxText} 字",
            _ => null,
        };
    }
}
