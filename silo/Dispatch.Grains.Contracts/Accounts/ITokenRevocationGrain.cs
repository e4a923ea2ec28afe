namespace Dispatch.Grains.Contracts.Accounts;

/// <summary>
/// One per account (key: the username as the token's <c>sub</c> carries it): tokens of this account issued before
/// <see cref="RevokedBefore"/> are refused by every gateway.
/// </summary>
public interface ITokenRevocationGrain : IGrainWithStringKey
{
    /// <summary>Tokens issued before this instant are invalid; null when the account's tokens were never revoked.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DateTimeOffset?> RevokedBefore();

    /// <summary>Invalidates every token issued before <paramref name="at"/> (never moves the instant back); returns the instant in force.</summary>
    Task<DateTimeOffset> Revoke(DateTimeOffset at);
}
