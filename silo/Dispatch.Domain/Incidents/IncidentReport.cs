using Dispatch.Domain.Common;

namespace Dispatch.Domain.Incidents;

/// <summary>How a report accepted by intake becomes an incident: its category's department and deadlines, and the first timeline entry.</summary>
public static class IncidentReport
{
    public static IncidentRecord Open(NewIncident report, string id, string zoneId, IncidentCategory category, IncidentSettings settings,
        Actor who, DateTimeOffset now)
    {
        var priority = report.Priority ?? category.DefaultPriority;
        var entry = TimelineEntry.Of(who, now, "report", null, IncidentStatus.Reported, data: new TimelineData
        {
            Source = report.Source, RequestedSource = report.RequestedSource, Priority = priority, RequestedPriority = report.RequestedPriority,
        }, location: report.Location);
        return new IncidentRecord
        {
            Id = id,
            Category = category.Id,
            Priority = priority,
            Description = report.Description,
            Location = report.Location,
            TownshipId = report.TownshipId,
            GridId = report.GridId,
            ZoneId = zoneId,
            DepartmentId = category.DepartmentId,
            Qualification = category.Qualification,
            Deadlines = DeadlineRules.For(settings.LimitsFor(category, priority, report.HandleLimit), now, settings.Calendar),
            Timeline = [entry],
            Source = report.Source,
            RequestedPriority = report.RequestedPriority,
            RequestedSource = report.RequestedSource,
            AutoDispatchAllowed = report.AutoDispatchAllowed,
            HandleLimit = report.HandleLimit,
            ReportedBy = who.Username,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }
}
