using Microsoft.Extensions.Diagnostics.HealthChecks;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Gateway.Hosting;

/// <summary>Ready when a grain call round-trips through the cluster.</summary>
public sealed class OrleansHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var silo = await grains.GetGrain<IHealthGrain>(0).Ping().WaitAsync(TimeSpan.FromSeconds(3), ct);
            return HealthCheckResult.Healthy($"cluster answers (silo {silo})");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("cluster unreachable", e);
        }
    }
}
