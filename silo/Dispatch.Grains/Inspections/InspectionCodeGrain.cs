using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Inspections;

/// <summary>An inspection code and the task it stands for: what the public code page looks up, without a county-wide index.</summary>
public sealed class InspectionCodeGrain(
    [PersistentState("inspection-code", StorageNames.Dispatch)] IPersistentState<InspectionCodeState> state) : Grain, IInspectionCodeGrain
{
    public async Task<bool> Bind(string taskId)
    {
        if (state.State.TaskId is { } bound) return bound == taskId;
        state.State.TaskId = taskId;
        await state.WriteStateAsync();
        return true;
    }

    public Task<string?> TaskId() => Task.FromResult(state.State.TaskId);
}
