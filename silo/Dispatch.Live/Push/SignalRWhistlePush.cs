using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts.Push;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Live;

/// <summary>
/// Whistle changes to the consoles of the whistle's zone and township and of every summoned department's desk, and to
/// the devices of the officers sent (so a cancelled or handled task leaves their list); task offers to those devices.
/// </summary>
public sealed class SignalRWhistlePush(IHubContext<ConsoleHub> console, IHubContext<FieldHub> field) : IWhistlePush
{
    public Task WhistleChanged(WhistleRecord w)
    {
        var change = WhistleChangedEvent.Of(w);
        var audiences = new List<string> { Domain.Access.Audiences.Zone(w.ZoneId), Domain.Access.Audiences.Township(w.TownshipId) };
        audiences.AddRange(w.Departments.Select(p => Domain.Access.Audiences.Department(p.DepartmentId)));
        var officers = w.Departments.SelectMany(p => p.Officers).Distinct().Select(FieldHub.OfficerGroup).ToList();
        var toConsoles = console.Clients.Groups(audiences).SendAsync(HubEvents.WhistleChanged, change);
        return officers.Count == 0 ? toConsoles : Task.WhenAll(toConsoles, field.Clients.Groups(officers).SendAsync(HubEvents.WhistleChanged, change));
    }

    public Task WhistleTaskOffered(string officerId, WhistleRecord w, string departmentId) =>
        field.Clients.Group(FieldHub.OfficerGroup(officerId)).SendAsync(HubEvents.WhistleTaskOffered, new WhistleTaskOfferedEvent(
            w.Id, w.Title, w.Urgency, new LatLonDto(w.Location.Lat, w.Location.Lon), departmentId, w.Part(departmentId)?.Deadline));
}
