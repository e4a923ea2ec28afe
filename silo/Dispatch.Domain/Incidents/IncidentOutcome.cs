namespace Dispatch.Domain.Incidents;

/// <summary>What an ended incident came to, in words for the people outside who asked: the handling result, or the reason it was refused.</summary>
public static class IncidentOutcome
{
    public static string? Of(IncidentRecord r) =>
        r.Result ?? r.Timeline.LastOrDefault(e => e.Reason is not null && e.ToStatus == r.Status)?.Reason;
}
