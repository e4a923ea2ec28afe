using Dispatch.Live;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Gateway.Auth;

public sealed record JwtSettings
{
    public string Issuer { get; init; } = "dispatch";
    public string Audience { get; init; } = "dispatch";
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(12);
    /// <summary>At least 32 bytes. Every gateway of a cluster needs the same key.</summary>
    public string? SigningKey { get; init; }
}
