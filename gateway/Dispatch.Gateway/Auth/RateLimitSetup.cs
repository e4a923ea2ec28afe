using System.Threading.RateLimiting;
using Dispatch.Live;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

/// <summary>Abuse limits (<c>Dispatch:RateLimits:*</c>), all per minute. The defaults sit far above what a real user does.</summary>
public sealed record RateLimitSettings
{
    /// <summary>Sign-in attempts per client address.</summary>
    public int LoginPermitsPerMinute { get; init; } = 30;
    /// <summary>Sign-in attempts per username (right or wrong password), from any address.</summary>
    public int LoginPerAccountPerMinute { get; init; } = 10;
    /// <summary><c>POST /api/incidents</c> per signed-in account.</summary>
    public int IntakePerAccountPerMinute { get; init; } = 30;
    /// <summary><c>POST /api/incidents/{id}/actions/{action}</c> and evidence uploads together, per signed-in account.</summary>
    public int ActionsPerAccountPerMinute { get; init; } = 120;
}

/// <summary>
/// ASP.NET Core rate limiting. Embedded mode: in-memory fixed windows (System.Threading.RateLimiting). Cluster mode
/// (an <see cref="IConnectionMultiplexer"/> is registered): Redis fixed windows (RedisRateLimiting), so every gateway
/// counts against the same window. Every rejection is 429 with Retry-After and a Chinese problem title.
/// </summary>
public static class RateLimitSetup
{
    /// <summary>Per client address, on <c>POST /api/auth/login</c>.</summary>
    public const string LoginPerAddress = "login";
    /// <summary>Per account (JWT <c>sub</c>), on <c>POST /api/incidents</c>.</summary>
    public const string Intake = "intake";
    /// <summary>Per account (JWT <c>sub</c>), on incident actions and evidence uploads.</summary>
    public const string Actions = "actions";

    public const string LoginTitle = "登录尝试过于频繁，请稍后再试";
    public const string TooFastTitle = "操作过于频繁，请稍后再试";

    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddDispatchRateLimits(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Dispatch:RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<LoginAccountLimiter>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (ctx, _) =>
            {
                var policy = ctx.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                return policy == LoginPerAddress
                    ? Reject(ctx.HttpContext, ctx.Lease, LoginTitle, "Too many sign-in attempts from this address.")
                    : Reject(ctx.HttpContext, ctx.Lease, TooFastTitle, "Too many requests from this account; see Retry-After.");
            };
            o.AddPolicy(LoginPerAddress, http =>
                PerMinute(http, LoginPerAddress, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.LoginPermitsPerMinute));
            o.AddPolicy(Intake, http => PerAccount(http, Intake, settings.IntakePerAccountPerMinute));
            o.AddPolicy(Actions, http => PerAccount(http, Actions, settings.ActionsPerAccountPerMinute));
        });
        return builder;
    }

    /// <summary>
    /// One fixed one-minute window per key: in Redis when the gateway has a Redis connection (cluster), else in memory.
    /// </summary>
    internal static RateLimitPartition<string> PerMinute(IConnectionMultiplexer? redis, string policy, string key, int permits)
    {
        var partition = $"{policy}:{key}";
        if (redis is null)
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true,
            });
        return RateLimitPartition.Get(partition, _ => new RedisOrLocalLimiter(redis,
            new RedisFixedWindowRateLimiter<string>("dispatch:rl:" + partition, new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = Window, ConnectionMultiplexerFactory = () => redis,
            }),
            new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true,
            })));
    }

    static RateLimitPartition<string> PerMinute(HttpContext http, string policy, string key, int permits) =>
        PerMinute(http.RequestServices.GetService<IConnectionMultiplexer>(), policy, key, permits);

    // These routes require a signed-in user, and authorization runs before the limiter: there is always a subject.
    static RateLimitPartition<string> PerAccount(HttpContext http, string policy, int permits) =>
        http.User.FindFirst(DispatchClaims.Subject)?.Value is { Length: > 0 } sub
            ? PerMinute(http, policy, sub.ToLowerInvariant(), permits)
            : RateLimitPartition.GetNoLimiter("anonymous");

    /// <summary>429, Retry-After (whole seconds, at least 1) and problem details with a Chinese title.</summary>
    public static async ValueTask Reject(HttpContext http, RateLimitLease lease, string title, string detail)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = RetryAfterSeconds(lease).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail },
        });
    }

    public static int RetryAfterSeconds(RateLimitLease lease)
    {
        // In-memory limiters report a TimeSpan; RedisRateLimiting reports whole seconds under its own name.
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)) return Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var seconds)) return Math.Max(1, seconds);
        return (int)Window.TotalSeconds;
    }
}

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
