using Dispatch.Gateway.Auth;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Accounts;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/accounts/{username}/revoke-tokens", RevokeTokens)
            .RequireAuthorization(Policies.Administer)
            .WithTags("accounts")
            .WithSummary("Invalidate every token of this account issued until now (a lost phone, a leaked token). " +
                         "Refused by every gateway within 5 s; the account's hub connections are closed. Signing in again works.");
        return app;
    }

    static async Task<IResult> RevokeTokens(string username, AccountDirectory accounts, TokenRevocations revocations)
    {
        if (accounts.Find(username) is not { } account)
            return Results.Problem(title: "账号不存在", statusCode: StatusCodes.Status404NotFound);
        await revocations.Revoke(account.Username);
        return Results.NoContent();
    }
}
