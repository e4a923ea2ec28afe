using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>One line of the incident's record: who did what, when, where and why (行政执法全过程记录).</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Action,
    IncidentStatus? FromStatus,
    IncidentStatus? ToStatus,
    string Username,
    string Role,
    string DisplayName,
    string? Reason = null,
    TimelineData? Data = null,
    GeoPoint? Location = null)
{
    /// <summary>The one way an entry is made: who acted (its role spelled as on the wire), on which incident, what changed.</summary>
    public static TimelineEntry Of(Actor who, DateTimeOffset at, string action, IncidentStatus? from, IncidentStatus? to,
        string? reason = null, TimelineData? data = null, GeoPoint? location = null) =>
        new(at, action, from, to, who.Username, who.IsSystem ? "system" : who.Role.WireName(), who.DisplayName, reason, data, location);
}
