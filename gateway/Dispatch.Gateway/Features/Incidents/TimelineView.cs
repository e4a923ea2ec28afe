using Dispatch.Domain.Incidents;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Incidents;

public sealed record TimelineView(DateTimeOffset At, string Action, IncidentStatus? FromStatus, IncidentStatus? ToStatus,
    string Username, string Role, string DisplayName, string? Reason, TimelineData? Data, LatLonDto? Location)
{
    public static TimelineView Of(TimelineEntry e) => new(e.At, e.Action, e.FromStatus, e.ToStatus, e.Username,
        e.Role, e.DisplayName, e.Reason, e.Data,
        e.Location is { } l ? new LatLonDto(l.Lat, l.Lon) : null);
}
