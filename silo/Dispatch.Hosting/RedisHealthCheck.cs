using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dispatch.Hosting;

/// <summary>Ready only when Redis answers a PING over the process's shared connection.</summary>
public sealed class RedisHealthCheck(StackExchange.Redis.IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"redis ping {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("redis unreachable", e);
        }
    }
}
