using System.Security.Claims;
using Dispatch.Live;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Gateway.Auth;

public sealed class TokenIssuer(JwtSettings settings, SymmetricSecurityKey key, TimeProvider time)
{
    readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(Account account)
    {
        var now = time.GetUtcNow();
        var expires = now + settings.Lifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(DispatchClaims.For(account.Username, account.DisplayName, account.Scope)),
            IssuedAt = now.UtcDateTime,
            // iat has whole seconds (and the token handler reads a fractional iat back as whole seconds): a token issued
            // just after its account's tokens were revoked must not look older than the revocation (see TokenRevocations).
            Claims = new Dictionary<string, object> { [TokenRevocations.IssuedAtMsClaim] = now.ToUnixTimeMilliseconds() },
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }
}
