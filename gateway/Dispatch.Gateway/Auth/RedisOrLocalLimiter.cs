using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

/// <summary>
/// The Redis window, shared by every gateway; while Redis does not answer, this gateway's own window, so an outage of
/// Redis neither lets everything through nor turns sign-in (which needs no Redis otherwise) into a 500.
/// </summary>
sealed class RedisOrLocalLimiter(IConnectionMultiplexer connection, RateLimiter redis, RateLimiter local) : RateLimiter
{
    public override TimeSpan? IdleDuration => redis.IdleDuration is { } r && local.IdleDuration is { } l ? (r < l ? r : l) : null;

    public override RateLimiterStatistics? GetStatistics() => local.GetStatistics();

    // RedisRateLimiting cannot answer synchronously (its AttemptAcquire always fails): the middleware then awaits AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        connection.IsConnected ? redis.AttemptAcquire(permitCount) : local.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken ct)
    {
        // Known to be disconnected: do not wait for the command timeout on every request.
        if (!connection.IsConnected) return await local.AcquireAsync(permitCount, ct);
        try
        {
            return await redis.AcquireAsync(permitCount, ct);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await local.AcquireAsync(permitCount, ct);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) { redis.Dispose(); local.Dispose(); }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await redis.DisposeAsync();
        await local.DisposeAsync();
    }
}
