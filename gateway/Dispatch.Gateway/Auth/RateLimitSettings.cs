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
    /// <summary><c>POST /api/intake/hotline</c> and <c>POST /open311/v2/requests.json</c> together, per client address
    /// (a county's 12345 system sends from a few addresses; this is far above a busy day's rate).</summary>
    public int ExternalIntakePerAddressPerMinute { get; init; } = 600;
    /// <summary>The public inspection-code page, its API and ratings together, per client address: an enterprise looks
    /// a few times; a code-guessing run needs billions of tries (codes carry about 60 random bits).</summary>
    public int PublicCodePerAddressPerMinute { get; init; } = 120;
}
