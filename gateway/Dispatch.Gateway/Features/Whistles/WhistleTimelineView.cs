using Dispatch.Domain.Whistles;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Whistles;

/// <summary>A whistle timeline entry, shaped like the incident timeline's.</summary>
public sealed record WhistleTimelineView(DateTimeOffset At, string Action, WhistleStatus? FromStatus, WhistleStatus? ToStatus,
    string Username, string Role, string DisplayName, string? Reason, WhistleTimelineData? Data, LatLonDto? Location)
{
    public static WhistleTimelineView Of(WhistleTimelineEntry e) => new(e.At, e.Action, e.FromStatus, e.ToStatus, e.Username, e.Role,
        e.DisplayName, e.Reason, e.Data, e.Location is { } l ? new LatLonDto(l.Lat, l.Lon) : null);
}
