using Dispatch.Live;
using System.Security.Cryptography;
using System.Text;
using Dispatch.Domain.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Gateway.Auth;

public static class AuthSetup
{
    public const string LoginRateLimit = RateLimitSetup.LoginPerAddress;

    public static WebApplicationBuilder AddDispatchAuth(this WebApplicationBuilder builder, bool embedded)
    {
        var settings = builder.Configuration.GetSection("Dispatch:Jwt").Get<JwtSettings>() ?? new JwtSettings();
        var key = SigningKey(settings, embedded);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(key);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<CursorSeal>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TokenRevocations>();
        builder.Services.AddSingleton<HubConnections>();
        builder.Services.Configure<HubOptions>(o => o.AddFilter<HubConnections>());
        builder.Services.AddHostedService<RevocationRelay>();
        // Writing the OpenAPI document at build time starts the host with no Orleans behind it: nothing to sweep then.
        if (!Hosting.OpenApiSetup.WritingDocument) builder.Services.AddHostedService<RevocationSweep>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = settings.Audience,
                IssuerSigningKey = key,
                NameClaimType = DispatchClaims.Subject,
                RoleClaimType = DispatchClaims.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            // Browsers cannot set headers on WebSockets: hubs take the token from the query string.
            o.Events = new JwtBearerEvents
            {
                OnMessageReceived = ctx =>
                {
                    if (ctx.HttpContext.Request.Path.StartsWithSegments("/hubs") &&
                        ctx.Request.Query["access_token"] is { Count: > 0 } token)
                        ctx.Token = token;
                    return Task.CompletedTask;
                },
                // A token issued before its account's tokens were revoked is refused (cached per username for a few seconds).
                OnTokenValidated = async ctx =>
                {
                    var revocations = ctx.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
                    if (ctx.Principal is not { } user || await revocations.IsRevoked(user, ctx.HttpContext.RequestAborted))
                        ctx.Fail("The token was revoked.");
                },
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.WatchConsole, p => p.RequireRole(Policies.ConsoleRoleNames))
            .AddPolicy(Policies.LiveUpdates, p => p.RequireRole(Policies.LiveRoleNames))
            .AddPolicy(Policies.ReportIncidents, p => p.RequireRole(Policies.ReporterRoleNames))
            .AddPolicy(Policies.FieldDevice, p => p.RequireRole(Roles.Officer).RequireClaim(DispatchClaims.Officer))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Admin));

        return builder;
    }

    static SymmetricSecurityKey SigningKey(JwtSettings settings, bool embedded)
    {
        if (settings.SigningKey is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            if (bytes.Length < 32) throw new InvalidOperationException("Dispatch:Jwt:SigningKey must be at least 32 bytes.");
            return new SymmetricSecurityKey(bytes);
        }
        if (!embedded)
            throw new InvalidOperationException("Cluster mode needs Dispatch:Jwt:SigningKey (the same on every gateway).");
        // Embedded demo: a key per process; tokens end with the process, as the in-memory data does.
        return new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
    }
}
