using Dispatch.Grains.Contracts.Incidents;

namespace Dispatch.Grains.Incidents;

/// <summary>A key remembered for 24 hours; after that it names nothing (a new report with it is a new report).</summary>
public sealed class IntakeKeyGrain(
    [PersistentState("intake-key", StorageNames.Dispatch)] IPersistentState<IntakeKeyHolder> state,
    DispatchClock time) : Grain, IIntakeKeyGrain
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    public Task<IntakeKeySeen?> Seen() =>
        Task.FromResult(state.State.Seen is { } seen && time.GetUtcNow() - seen.At < Kept ? seen : null);

    public async Task Remember(IntakeKeySeen seen)
    {
        state.State.Seen = seen;
        await state.WriteStateAsync();
        // Nobody asks again for long: free the memory now rather than at the idle collection.
        DeactivateOnIdle();
    }
}

[GenerateSerializer]
public sealed class IntakeKeyHolder
{
    [Id(0)] public IntakeKeySeen? Seen { get; set; }
}
