using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>
/// Time limits of an open whistle: a department that has not reported (named officers) or arrived by its limit is
/// marked overdue and its desk reminded (催办); EscalateAfterMinutes later the zone centre is told (督办). Each step is
/// taken once per stage and recorded on the timeline, so it counts against the department.
/// </summary>
public static class WhistleWatch
{
    public static IReadOnlyList<WhistleLapse> Due(WhistleRecord w, DateTimeOffset now, WhistleSettings settings)
    {
        if (w.Status != WhistleStatus.Open) return [];
        var escalateAfter = TimeSpan.FromMinutes(settings.LimitFor(w.Urgency).EscalateAfterMinutes);
        var due = new List<WhistleLapse>();
        foreach (var part in w.Departments)
        {
            if (part.StageDue is not { } stage || part.Deadline is not { } deadline) continue;
            if (now > deadline && !Taken(part, stage, LapseLevel.Remind))
                due.Add(new WhistleLapse(part.DepartmentId, stage, LapseLevel.Remind, deadline));
            if (now > deadline + escalateAfter && !Taken(part, stage, LapseLevel.Escalate))
                due.Add(new WhistleLapse(part.DepartmentId, stage, LapseLevel.Escalate, deadline + escalateAfter));
        }
        return due;
    }

    /// <summary>The whistle with the lapses taken: parts marked overdue, each step on the timeline as the system's.</summary>
    public static WhistleRecord Record(WhistleRecord w, IReadOnlyList<WhistleLapse> lapses, DateTimeOffset now)
    {
        var after = w;
        foreach (var lapse in lapses)
        {
            var part = after.Part(lapse.DepartmentId)!;
            after = WhistleRules.Replace(after, part with { Late = true, Lapses = [.. part.Missed, lapse] });
            var reason = (lapse.Stage, lapse.Level) switch
            {
                (WhistleStage.Report, LapseLevel.Remind) => "超时未报到，已催办",
                (WhistleStage.Arrive, LapseLevel.Remind) => "超时未到场，已催办",
                (WhistleStage.Report, _) => "催办后仍未报到，已报片区指挥中心督办",
                _ => "催办后仍未到场，已报片区指挥中心督办",
            };
            var entry = WhistleTimelineEntry.Of(Actor.System, now, WireNames.Of(lapse.Level), w.Status, w.Status, reason,
                new WhistleTimelineData { DepartmentId = lapse.DepartmentId, Stage = lapse.Stage, Due = lapse.Due });
            after = after with { Timeline = [.. after.Timeline, entry] };
        }
        return lapses.Count == 0 ? w : after with { UpdatedAt = now };
    }

    static bool Taken(WhistlePart part, WhistleStage stage, LapseLevel level) => part.Missed.Any(l => l.Stage == stage && l.Level == level);
}
