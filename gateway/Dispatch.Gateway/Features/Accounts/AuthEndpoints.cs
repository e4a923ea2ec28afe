using Dispatch.Gateway.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dispatch.Gateway.Features.Accounts;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Username, string? Password);
    public sealed record LoginResponse(string AccessToken, Domain.Access.Role Role, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.LoginRateLimit).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithTags("auth")
            .WithSummary("Sign in; the token goes in the Authorization header, or as access_token on hub URLs.");
        return app;
    }

    static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult, EmptyHttpResult>> Login(
        LoginRequest request, AccountDirectory accounts, TokenIssuer tokens, LoginAccountLimiter perAccount, HttpContext http,
        ILogger<LoginRequest> log)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Username) || request.Username.Length > 64) errors["username"] = ["请输入用户名（最多 64 个字符）"];
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > 128) errors["password"] = ["请输入密码（最多 128 个字符）"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "登录信息不完整");

        // Per account (the per-address limit ran before the body was read): guessing one user's password from many
        // addresses is limited too. Counted before the password is checked, right or wrong.
        using var lease = await perAccount.Acquire(request.Username!, http.RequestAborted);
        if (!lease.IsAcquired)
        {
            log.LogWarning("Sign-in of {Username} refused: too many attempts for this account", request.Username);
            await RateLimitSetup.Reject(http, lease, RateLimitSetup.LoginTitle, "Too many sign-in attempts for this account.");
            return TypedResults.Empty;
        }

        var account = accounts.Verify(request.Username!.Trim(), request.Password!);
        if (account is null)
        {
            log.LogWarning("Sign-in failed for {Username}", request.Username);
            return TypedResults.Problem(title: "用户名或密码错误", statusCode: StatusCodes.Status401Unauthorized);
        }
        var token = tokens.Issue(account);
        log.LogInformation("Signed in {Username} as {Role}", account.Username, account.Scope.Role);
        return TypedResults.Ok(new LoginResponse(token.AccessToken, account.Scope.Role, token.ExpiresAt));
    }
}
