using System.Threading.RateLimiting;
using Dispatch.Live;
using Microsoft.AspNetCore.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

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
    /// <summary>Per client address, on the keyed external intake (the 12345 hotline and Open311 POSTs).</summary>
    public const string ExternalIntake = "external-intake";
    /// <summary>Per client address, on the public inspection-code page and API (against code guessing).</summary>
    public const string PublicCode = "public-code";

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
                    : Reject(ctx.HttpContext, ctx.Lease, TooFastTitle, policy is ExternalIntake or PublicCode
                        ? "Too many requests from this address; see Retry-After."
                        : "Too many requests from this account; see Retry-After.");
            };
            o.AddPolicy(LoginPerAddress, http =>
                PerMinute(http, LoginPerAddress, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.LoginPermitsPerMinute));
            o.AddPolicy(Intake, http => PerAccount(http, Intake, settings.IntakePerAccountPerMinute));
            o.AddPolicy(Actions, http => PerAccount(http, Actions, settings.ActionsPerAccountPerMinute));
            // No account here (a key in a header or form field, checked by the handler): the address is what a flood
            // or a key-guessing run has in common.
            o.AddPolicy(ExternalIntake, http =>
                PerMinute(http, ExternalIntake, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.ExternalIntakePerAddressPerMinute));
            o.AddPolicy(PublicCode, http =>
                PerMinute(http, PublicCode, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", settings.PublicCodePerAddressPerMinute));
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
