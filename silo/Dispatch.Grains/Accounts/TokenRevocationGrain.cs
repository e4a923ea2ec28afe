using Dispatch.Grains.Contracts.Accounts;

namespace Dispatch.Grains.Accounts;

/// <summary>Persisted, so a revocation outlives silo restarts (Redis in a cluster).</summary>
public sealed class TokenRevocationGrain(
    [PersistentState("token-revocation", StorageNames.Dispatch)] IPersistentState<TokenRevocationState> state)
    : Grain, ITokenRevocationGrain
{
    public Task<DateTimeOffset?> RevokedBefore() => Task.FromResult(state.State.RevokedBefore);

    public async Task<DateTimeOffset> Revoke(DateTimeOffset at)
    {
        if (state.State.RevokedBefore is not { } current || at > current)
        {
            state.State.RevokedBefore = at;
            await state.WriteStateAsync();
        }
        return state.State.RevokedBefore!.Value;
    }
}
