using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// What of a timeline a viewer may read. Someone whose only link to an incident is having reported it (a grid worker
/// always; township staff or an officer on an incident outside their township or assignment) follows the case, but
/// does not read other reporters' words or names: a further report merged in shows only that one came in.
/// </summary>
public static class TimelineRedaction
{
    public const string OtherReporter = "其他上报人";

    public static IReadOnlyList<TimelineEntry> For(IncidentRecord r, Scope viewer) =>
        SeesOnlyAsReporter(r, viewer) ? r.Timeline.Select(e => Redact(e, viewer)).ToList() : r.Timeline;

    public static bool SeesOnlyAsReporter(IncidentRecord r, Scope viewer) => viewer.Role switch
    {
        Role.GridWorker => true,
        Role.TownshipStaff => r.TownshipId is null || viewer.TownshipId != r.TownshipId,
        Role.Officer => viewer.OfficerId is null || viewer.OfficerId != r.AssignedOfficerId,
        _ => false,
    };

    static TimelineEntry Redact(TimelineEntry e, Scope viewer) =>
        e.Action == "merge" && e.Username != viewer.Username
            ? e with { Username = "", DisplayName = OtherReporter, Data = null, Location = null, Reason = null }
            : e;
}
