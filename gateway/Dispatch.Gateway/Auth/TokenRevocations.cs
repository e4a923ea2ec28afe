using System.Globalization;
using System.Security.Claims;
using Dispatch.Grains.Contracts.Accounts;
using Microsoft.Extensions.Caching.Memory;
using StackExchange.Redis;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Live;

namespace Dispatch.Gateway.Auth;

/// <summary>
/// "Tokens of this account issued before T are invalid", kept in <see cref="ITokenRevocationGrain"/> (persisted: Redis
/// in a cluster). JWT validation asks <see cref="IsRevoked"/> on every request and hub connect; the answer is cached
/// per username for <see cref="CacheFor"/>, so an account costs at most one grain call per that period and gateway,
/// and a revocation made through another gateway is in force here within that time at the latest.
/// A revocation also closes the account's open hub connections: at once on the revoking gateway, and on every other
/// gateway as soon as the Redis message announcing it arrives (cluster mode; it also refreshes their caches).
/// </summary>
public sealed class TokenRevocations(IGrainFactory grains, IMemoryCache cache, TimeProvider time, HubConnections hubs,
    ILogger<TokenRevocations> log, IServiceProvider services)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    /// <summary>What a gateway falls back to when the grain cannot be reached (the cluster re-forming).</summary>
    static readonly TimeSpan LastKnownFor = TimeSpan.FromHours(1);
    internal static readonly RedisChannel Channel = RedisChannel.Literal("dispatch:token-revocations");

    /// <summary>True when the account's tokens were revoked after this token was issued (or the token has no subject).</summary>
    public async ValueTask<bool> IsRevoked(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.FindFirst(DispatchClaims.Subject)?.Value is not { Length: > 0 } username) return true;
        if (await RevokedBefore(username) is not { } before || IssuedAt(user) >= before) return false;
        log.LogInformation("Refused a token of {Username} issued at {IssuedAt:O}: its tokens were revoked before {Before:O}",
            username, IssuedAt(user), before);
        return true;
    }

    /// <summary>When the token was issued, in Unix milliseconds (a private claim beside the standard, whole-second <c>iat</c>).</summary>
    public const string IssuedAtMsClaim = "iat_ms";

    /// <summary>
    /// When the token was issued: <c>iat_ms</c>, else <c>iat</c> (whole seconds); MinValue when neither is there.
    /// </summary>
    public static DateTimeOffset IssuedAt(ClaimsPrincipal user)
    {
        if (long.TryParse(user.FindFirst(IssuedAtMsClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        return long.TryParse(user.FindFirst("iat")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
    }

    public async Task<DateTimeOffset> Revoke(string username)
    {
        var before = await grains.GetGrain<ITokenRevocationGrain>(username).Revoke(time.GetUtcNow());
        Apply(username, before);
        if (services.GetService<IConnectionMultiplexer>() is { } redis)
        {
            try { await redis.GetSubscriber().PublishAsync(Channel, $"{before.UtcTicks} {username}"); }
            catch (Exception e) { log.LogWarning(e, "Could not announce the revocation of {Username}; other gateways refuse its tokens within {Cache}", username, CacheFor); }
        }
        log.LogInformation("Tokens of {Username} issued before {Before:O} revoked", username, before);
        return before;
    }

    /// <summary>Takes a revocation into account on this gateway: the cache, and open hub connections.</summary>
    internal void Apply(string username, DateTimeOffset before)
    {
        Remember(username, before);
        var closed = hubs.CloseIssuedBefore(username, before);
        if (closed > 0) log.LogInformation("Closed {Count} hub connection(s) of {Username} after its tokens were revoked", closed, username);
    }

    /// <summary>
    /// The backstop for a revocation whose announcement never reached this gateway: closes open hub connections of
    /// accounts whose tokens were revoked after they connected (read through the same per-user cache).
    /// </summary>
    public async Task<int> SweepHubs()
    {
        var closed = 0;
        foreach (var username in hubs.Users())
            if (await RevokedBefore(username) is { } before)
                closed += hubs.CloseIssuedBefore(username, before);
        if (closed > 0) log.LogInformation("Revocation sweep closed {Count} hub connection(s)", closed);
        return closed;
    }

    async ValueTask<DateTimeOffset?> RevokedBefore(string username)
    {
        if (cache.TryGetValue(FreshKey(username), out DateTimeOffset? known)) return known;
        try
        {
            var value = await grains.GetGrain<ITokenRevocationGrain>(username).RevokedBefore();
            Remember(username, value);
            return value;
        }
        catch (Exception e) when (ClusterFaults.IsTransient(e))
        {
            // The cluster is re-forming: signing every user out would be worse than a few seconds of the last answer.
            cache.TryGetValue(LastKey(username), out DateTimeOffset? last);
            log.LogWarning(e, "Token revocation of {Username} not readable; using the last known answer ({Last})", username, last);
            return last;
        }
    }

    void Remember(string username, DateTimeOffset? before)
    {
        cache.Set(FreshKey(username), before, CacheFor);
        cache.Set(LastKey(username), before, LastKnownFor);
    }

    static string FreshKey(string username) => "revoked:" + username.ToLowerInvariant();
    static string LastKey(string username) => "revoked-last:" + username.ToLowerInvariant();
}
