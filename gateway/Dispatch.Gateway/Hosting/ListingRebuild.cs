using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Whistles;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Hosting;

/// <summary>
/// Builds the query model again from the grains, for when its store was lost or its shape changed. The grains are
/// the truth: incident ids are <c>{zone}-{yyyyMMdd}-{nnnn}</c> and whistle ids <c>W-{zone}-{yyyyMMdd}-{nnnn}</c>,
/// numbered from 1 each day, so every incident and whistle of a zone and day is found by reading numbers until a run
/// of misses (a number is skipped only when an intake failed after numbering). Idempotent: an item already stored at
/// its newest version is left as it is, so it is safe while the system runs.
/// </summary>
public sealed class ListingRebuild(IGrainFactory grains, CountyDirectory county, Listings<IncidentRecord> incidents,
    Listings<WhistleRecord> whistles, TimeProvider time, ILogger<ListingRebuild> log)
{
    const int MissesThatEndADay = 20;
    const int Parallel = 32;

    public sealed record Outcome(int Incidents, int Whistles, int Probed, int SkippedByRetention, DateOnly From, DateOnly To, double Seconds);

    sealed record Count(int Found, int Probed, int Skipped)
    {
        public static Count operator +(Count a, Count b) => new(a.Found + b.Found, a.Probed + b.Probed, a.Skipped + b.Skipped);
    }

    public async Task<Outcome> Run(DateOnly from, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        // The desks first: each writes its open incidents again and lets go of any that ended unheard.
        await Task.WhenAll(county.Data.Zones.Select(z => grains.GetGrain<IIncidentDeskGrain>(z.Id).Sweep()));
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime);
        var cutoff = county.Data.Incidents.RetentionDays is { } days ? time.GetUtcNow() - TimeSpan.FromDays(days) : (DateTimeOffset?)null;
        Count incidentCount = new(0, 0, 0), whistleCount = new(0, 0, 0);
        foreach (var zone in county.Data.Zones)
            for (var day = from; day <= today; day = day.AddDays(1))
            {
                var number = day.ToString("yyyyMMdd");
                incidentCount += await Day(incidents, n => new IncidentNumber(number, n).IdIn(zone.Id),
                    id => grains.GetGrain<IIncidentGrain>(id).Get(), r => cutoff is { } c && !r.Status.IsOpen() && r.UpdatedAt < c, ct);
                // Retention applies to incidents only (ListingRetention); every whistle stays listed.
                whistleCount += await Day(whistles, n => "W-" + new IncidentNumber(number, n).IdIn(zone.Id),
                    id => grains.GetGrain<IWhistleGrain>(id).Get(), _ => false, ct);
            }
        var outcome = new Outcome(incidentCount.Found, whistleCount.Found, incidentCount.Probed + whistleCount.Probed, incidentCount.Skipped,
            from, today, time.GetElapsedTime(started).TotalSeconds);
        log.LogInformation("Query model rebuilt from the grains: {Incidents} incidents and {Whistles} whistles ({Probed} ids read, {Skipped} past retention) from {From} to {To} in {Seconds:0.0} s",
            outcome.Incidents, outcome.Whistles, outcome.Probed, outcome.SkippedByRetention, from, today, outcome.Seconds);
        return outcome;
    }

    static async Task<Count> Day<T>(Listings<T> listings, Func<int, string> idOf, Func<string, Task<T?>> read, Func<T, bool> expired,
        CancellationToken ct) where T : class
    {
        int found = 0, probed = 0, skipped = 0, misses = 0, next = 1;
        while (misses < MissesThatEndADay)
        {
            ct.ThrowIfCancellationRequested();
            var ids = Enumerable.Range(next, Parallel).Select(idOf).ToList();
            next += Parallel;
            var records = await Task.WhenAll(ids.Select(read));
            probed += ids.Count;
            var batch = new List<T>();
            foreach (var r in records)
            {
                if (r is null) { misses++; continue; }
                misses = 0;
                if (expired(r)) { skipped++; continue; }
                batch.Add(r);
            }
            await listings.Write(batch);
            found += batch.Count;
        }
        return new(found, probed, skipped);
    }
}
