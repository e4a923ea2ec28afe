using Dispatch.Live;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Gateway.Auth;

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
