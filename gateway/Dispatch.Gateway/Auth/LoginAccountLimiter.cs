using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

/// <summary>
/// Sign-in attempts per username, taken inside the sign-in handler once the body is bound (a rate-limiter policy
/// runs before model binding and cannot see the username). Shared through Redis in a cluster.
/// </summary>
public sealed class LoginAccountLimiter(RateLimitSettings settings, IServiceProvider services) : IDisposable
{
    readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(username =>
        RateLimitSetup.PerMinute(services.GetService<IConnectionMultiplexer>(), "login-account", username, settings.LoginPerAccountPerMinute));

    /// <summary>A lease for one attempt by this username; not acquired means answer 429.</summary>
    public ValueTask<RateLimitLease> Acquire(string username, CancellationToken ct) =>
        _limiter.AcquireAsync(username.Trim().ToLowerInvariant(), 1, ct);

    public void Dispose() => _limiter.Dispose();
}
