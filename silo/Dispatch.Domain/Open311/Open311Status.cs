using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Open311;

/// <summary>
/// An incident's progress in GeoReport v2 terms: <c>open</c> while it is someone's work, <c>closed</c> once it ended
/// (closed, evaluated or refused), with notes in Chinese naming the stage and, at the end, the outcome.
/// </summary>
public static class Open311Status
{
    public static (string Status, string Notes) Of(IncidentRecord r)
    {
        if (r.Status.IsOpen()) return ("open", $"办理中：{IncidentNames.Of(r.Status)}");
        return ("closed", IncidentOutcome.Of(r) is { } outcome ? $"{IncidentNames.Of(r.Status)}：{outcome}" : IncidentNames.Of(r.Status));
    }
}
