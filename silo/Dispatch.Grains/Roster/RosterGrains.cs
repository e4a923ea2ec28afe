using Dispatch.Domain.County;
using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts;

namespace Dispatch.Grains.Roster;

public sealed class TownshipGrain(CountyDirectory county) : Grain, ITownshipGrain
{
    public async Task<RosterSummary> GetRoster()
    {
        var id = this.GetPrimaryKeyString();
        var township = county.Township(id) ?? throw new InvalidRequestException($"未知的乡镇：{id}");
        var lives = await GrainFactory.GetGrain<IZoneGrain>(township.ZoneId).GetOfficers();
        var mine = county.Officers.Where(o => o.TownshipId == id).Select(o => o.Id).ToHashSet();
        return RosterCount.Of(id, lives.Where(l => mine.Contains(l.OfficerId)));
    }
}

public sealed class DepartmentGrain(CountyDirectory county) : Grain, IDepartmentGrain
{
    public async Task<RosterSummary> GetRoster()
    {
        var id = this.GetPrimaryKeyString();
        if (!county.HasDepartment(id)) throw new InvalidRequestException($"未知的部门：{id}");
        var zoneIds = county.Data.Zones.Select(z => z.Id).Append(ZoneKeys.CountyLevel);
        var tables = await Task.WhenAll(zoneIds.Select(z => GrainFactory.GetGrain<IZoneGrain>(z).GetOfficers()));
        var mine = county.Officers.Where(o => o.DepartmentId == id).Select(o => o.Id).ToHashSet();
        return RosterCount.Of(id, tables.SelectMany(t => t).Where(l => mine.Contains(l.OfficerId)));
    }
}

static class RosterCount
{
    public static RosterSummary Of(string id, IEnumerable<OfficerLive> lives)
    {
        var list = lives.ToList();
        var byStatus = Enum.GetValues<OfficerStatus>().ToDictionary(s => s, s => list.Count(l => l.Status == s));
        return new RosterSummary(id, list.Count, byStatus);
    }
}
