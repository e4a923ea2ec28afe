using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dispatch.QueryModel;

/// <summary>
/// Removes ended incidents older than the county's retention (<see cref="IncidentSettings.RetentionDays"/>) from the
/// query model, hourly. Every process may run it: removal is idempotent.
/// </summary>
public sealed class ListingRetention(Listings<IncidentRecord> incidents, CountyDirectory? county, TimeProvider time, ILogger<ListingRetention> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        if (county?.Data.Incidents.RetentionDays is not { } days) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                var removed = await RemoveExpired(days);
                if (removed > 0) log.LogInformation("Retention: {Removed} incidents ended over {Days} days ago left the lists", removed, days);
            }
            catch (Exception e) { log.LogWarning(e, "Retention sweep failed; trying again in an hour"); }
        } while (await timer.WaitForNextTickAsync(stop));
    }

    public async Task<int> RemoveExpired(int days)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(days);
        var total = 0;
        while (await incidents.RemoveEndedBefore(cutoff, 500) is var n and > 0) total += n;
        return total;
    }
}
