using Dispatch.Domain.Whistles;

namespace Dispatch.Live;

/// <summary>whistleChanged on /hubs/console (and to the officers sent, on /hubs/field): enough to redraw a row; the client fetches the whistle for more.</summary>
public sealed record WhistleChangedEvent(string Id, WhistleStatus Status, string TownshipId, WhistleUrgency Urgency,
    IReadOnlyList<WhistlePartStatusDto> Departments, DateTimeOffset UpdatedAt)
{
    public static WhistleChangedEvent Of(WhistleRecord w) =>
        new(w.Id, w.Status, w.TownshipId, w.Urgency, w.Departments.Select(p => new WhistlePartStatusDto(p.DepartmentId, p.Status)).ToList(), w.UpdatedAt);
}

public sealed record WhistlePartStatusDto(string DepartmentId, PartStatus Status);
