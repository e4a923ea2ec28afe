using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Hosting;

/// <summary>
/// Builds the query model again from the grains, for when its store was lost or its shape changed. The grains are
/// the truth: incident ids are <c>{zone}-{yyyyMMdd}-{nnnn}</c>, numbered from 1 each day, so every incident of a zone
/// and day is found by reading numbers until a run of misses (a number is skipped only when an intake failed
/// after numbering). Idempotent: an item already stored at its newest version is left as it is.
/// </summary>
public sealed class ListingRebuild(IGrainFactory grains, CountyDirectory county, Listings<IncidentRecord> incidents, TimeProvider time,
    ILogger<ListingRebuild> log)
{
    const int MissesThatEndADay = 20;
    const int Parallel = 32;

    public sealed record Outcome(int Incidents, int Probed, int SkippedByRetention, DateOnly From, DateOnly To, double Seconds);

    public async Task<Outcome> Incidents(DateOnly from, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(DeadlineRules.ChinaStandardTime).DateTime);
        var cutoff = county.Data.Incidents.RetentionDays is { } days ? time.GetUtcNow() - TimeSpan.FromDays(days) : (DateTimeOffset?)null;
        int found = 0, probed = 0, skipped = 0;
        foreach (var zone in county.Data.Zones)
            for (var day = from; day <= today; day = day.AddDays(1))
            {
                var (f, p, s) = await Day(zone.Id, day.ToString("yyyyMMdd"), cutoff, ct);
                found += f; probed += p; skipped += s;
            }
        var outcome = new Outcome(found, probed, skipped, from, today, time.GetElapsedTime(started).TotalSeconds);
        log.LogInformation("Query model rebuilt from the grains: {Incidents} incidents ({Probed} ids read, {Skipped} past retention) from {From} to {To} in {Seconds:0.0} s",
            found, probed, skipped, from, today, outcome.Seconds);
        return outcome;
    }

    async Task<(int Found, int Probed, int Skipped)> Day(string zoneId, string day, DateTimeOffset? cutoff, CancellationToken ct)
    {
        int found = 0, probed = 0, skipped = 0, misses = 0, next = 1;
        while (misses < MissesThatEndADay)
        {
            ct.ThrowIfCancellationRequested();
            var ids = Enumerable.Range(next, Parallel).Select(n => new IncidentNumber(day, n).IdIn(zoneId)).ToList();
            next += Parallel;
            var records = await Task.WhenAll(ids.Select(id => grains.GetGrain<IIncidentGrain>(id).Get()));
            probed += ids.Count;
            var batch = new List<IncidentRecord>();
            foreach (var r in records)
            {
                if (r is null) { misses++; continue; }
                misses = 0;
                if (cutoff is { } c && !r.Status.IsOpen() && r.UpdatedAt < c) { skipped++; continue; }
                batch.Add(r);
            }
            await incidents.Write(batch);
            found += batch.Count;
        }
        return (found, probed, skipped);
    }
}
