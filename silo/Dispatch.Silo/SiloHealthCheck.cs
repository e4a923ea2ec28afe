using Microsoft.Extensions.Diagnostics.HealthChecks;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Silo;

/// <summary>Ready when this silo has joined the cluster and a grain call round-trips.</summary>
public sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await grains.GetGrain<IHealthGrain>(0).Ping().WaitAsync(TimeSpan.FromSeconds(3), ct);
            return HealthCheckResult.Healthy("silo active");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("silo not serving grain calls", e);
        }
    }
}
