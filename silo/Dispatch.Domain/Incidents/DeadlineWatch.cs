using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// 超时督办: for each deadline not yet met, a reminder shortly before it, escalation to the zone centre when it
/// passes, and to the county when it is still unmet well after. Each step happens once and is recorded.
/// </summary>
public static class DeadlineWatch
{
    /// <summary>The steps due now that have not been taken yet, earliest deadline first.</summary>
    public static IReadOnlyList<Escalation> Due(IncidentRecord r, DateTimeOffset now)
    {
        if (!r.Status.IsOpen() || r.Status == IncidentStatus.Parked) return [];
        var due = new List<Escalation>();
        foreach (var d in r.Deadlines.Where(d => !r.Met.Contains(d.Kind)).OrderBy(d => d.Due))
        {
            var span = d.Due - r.CreatedAt;
            var lead = TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(5).Ticks, Math.Max(span.Ticks / 5, 0)));
            var countyAfter = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(15).Ticks, span.Ticks / 2));
            foreach (var (level, at) in new[] { (EscalationLevel.Reminder, d.Due - lead), (EscalationLevel.Zone, d.Due), (EscalationLevel.County, d.Due + countyAfter) })
            {
                if (now >= at && !r.Escalations.Any(e => e.Kind == d.Kind && e.Level == level))
                    due.Add(new Escalation(d.Kind, level, now));
            }
        }
        return due;
    }

    /// <summary>The record with the steps taken, each also written to the timeline.</summary>
    public static IncidentRecord Record(IncidentRecord r, IReadOnlyList<Escalation> steps)
    {
        if (steps.Count == 0) return r;
        var entries = steps.Select(s => TimelineEntry.Of(Actor.System, s.At, s.Level == EscalationLevel.Reminder ? "reminder" : "escalate",
            r.Status, r.Status, data: new TimelineData
            {
                DeadlineKind = s.Kind,
                Level = s.Level,
                Due = r.Deadlines.FirstOrDefault(d => d.Kind == s.Kind)?.Due,
            }));
        return r with { Escalations = [.. r.Escalations, .. steps], Timeline = [.. r.Timeline, .. entries], UpdatedAt = steps[^1].At };
    }

    /// <summary>The next moment something may become due, for scheduling.</summary>
    public static DateTimeOffset? NextCheck(IncidentRecord r) =>
        r.Deadlines.Where(d => !r.Met.Contains(d.Kind)).Select(d => (DateTimeOffset?)d.Due).Min();
}
