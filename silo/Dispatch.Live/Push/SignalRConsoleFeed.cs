using Dispatch.Domain.Access;
using Dispatch.Grains.Contracts.Push;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Live;

/// <summary>
/// Publishes a zone's batch to the SignalR groups of its audiences: the zone, and the batch split by department
/// and by township. In a cluster the hub context is the Redis backplane's, so each group send is one Redis
/// publish that every gateway with a member of that group has subscribed to once.
/// </summary>
public sealed class SignalRConsoleFeed(IHubContext<ConsoleHub> console) : IConsoleFeed
{
    public Task Publish(ZoneBatch batch)
    {
        var sends = new List<Task>();
        Send(sends, Audiences.Zone(batch.ZoneId), batch.Moves, batch.StatusChanges);
        foreach (var byDept in Split(batch, m => m.DepartmentId, s => s.DepartmentId))
            Send(sends, Audiences.Department(byDept.Key), byDept.Moves, byDept.Changes);
        foreach (var byTownship in Split(batch, m => m.TownshipId, s => s.TownshipId))
            Send(sends, Audiences.Township(byTownship.Key), byTownship.Moves, byTownship.Changes);
        return Task.WhenAll(sends);
    }

    void Send(List<Task> sends, string audience, IReadOnlyList<OfficerMoved> moves, IReadOnlyList<OfficerStatusChanged> changes)
    {
        var group = console.Clients.Group(audience);
        foreach (var c in changes)
            sends.Add(group.SendAsync(HubEvents.OfficerStatusChanged, new OfficerStatusChangedEvent(c.OfficerId, c.Status, c.Time)));
        if (moves.Count > 0)
            sends.Add(group.SendAsync(HubEvents.OfficersMoved, moves.Select(m => new OfficerMovedEvent(m.OfficerId, m.Lat, m.Lon, m.Status, m.Time)).ToArray()));
    }

    static IEnumerable<(string Key, IReadOnlyList<OfficerMoved> Moves, IReadOnlyList<OfficerStatusChanged> Changes)> Split(
        ZoneBatch batch, Func<OfficerMoved, string?> moveKey, Func<OfficerStatusChanged, string?> changeKey)
    {
        var moves = batch.Moves.Where(m => moveKey(m) is not null).ToLookup(m => moveKey(m)!);
        var changes = batch.StatusChanges.Where(c => changeKey(c) is not null).ToLookup(c => changeKey(c)!);
        foreach (var key in moves.Select(g => g.Key).Union(changes.Select(g => g.Key)))
            yield return (key, moves[key].ToList(), changes[key].ToList());
    }
}
