using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Whistles;

/// <summary>One line of a whistle's record, shaped like the incident timeline: who did what, when, and what changed.</summary>
public sealed record WhistleTimelineEntry(
    DateTimeOffset At,
    string Action,
    WhistleStatus? FromStatus,
    WhistleStatus? ToStatus,
    string Username,
    string Role,
    string DisplayName,
    string? Reason = null,
    WhistleTimelineData? Data = null,
    GeoPoint? Location = null)
{
    public static WhistleTimelineEntry Of(Actor who, DateTimeOffset at, string action, WhistleStatus? from, WhistleStatus? to,
        string? reason = null, WhistleTimelineData? data = null, GeoPoint? location = null) =>
        new(at, action, from, to, who.Username, who.IsSystem ? "system" : WireNames.Of(who.Role), who.DisplayName, reason, data, location);
}
