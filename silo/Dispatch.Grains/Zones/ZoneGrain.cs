using Dispatch.Domain.County;
using Dispatch.Grains.Contracts.Officers;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Zones;

/// <summary>
/// The live table of a zone's officers. Not persisted: officer grains are the source of truth, and a fresh
/// activation rebuilds the table from them once; after that it follows the feed's batches.
/// </summary>
public sealed class ZoneGrain(CountyDirectory county, ILogger<ZoneGrain> log) : Grain, IZoneGrain
{
    readonly Dictionary<string, OfficerLive> _officers = new(StringComparer.Ordinal);

    public override async Task OnActivateAsync(CancellationToken ct)
    {
        var zoneId = this.GetPrimaryKeyString();
        var roster = zoneId == ZoneKeys.CountyLevel
            ? county.Officers.Where(o => o.ZoneId is null).ToList()
            : county.OfficersInZone(zoneId);
        var lives = await Task.WhenAll(roster.Select(o => GrainFactory.GetGrain<IOfficerGrain>(o.Id).GetLive()));
        foreach (var live in lives) _officers[live.OfficerId] = live;
        log.LogInformation("Zone {ZoneId} activated with {Count} officers", zoneId, _officers.Count);
    }

    public Task<IReadOnlyList<OfficerLive>> GetOfficers() =>
        Task.FromResult<IReadOnlyList<OfficerLive>>(_officers.Values.ToList());

    public Task Apply(ZoneBatch batch)
    {
        foreach (var change in batch.StatusChanges)
        {
            if (_officers.TryGetValue(change.OfficerId, out var live))
                _officers[change.OfficerId] = live with { Status = change.Status, StatusSince = change.Time };
        }
        foreach (var move in batch.Moves)
        {
            if (!_officers.TryGetValue(move.OfficerId, out var live)) continue;
            // A batch from another silo's feed may carry an older fix than one already applied.
            if (live.Position is { } p && p.Time >= move.Time) continue;
            _officers[move.OfficerId] = live with { Position = new PositionView(move.Lat, move.Lon, live.Position?.Accuracy, move.Time) };
        }
        return Task.CompletedTask;
    }
}
