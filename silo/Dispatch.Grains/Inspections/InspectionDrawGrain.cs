using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// One draw's record. The commitment is written before the office draws, so a stored commitment always predates the
/// result; completing checks the record's commitment is the one stored, and a completed draw never changes.
/// </summary>
public sealed class InspectionDrawGrain(
    [PersistentState("inspection-draw", StorageNames.Dispatch)] IPersistentState<InspectionDrawState> state,
    DispatchClock time) : Grain, IInspectionDrawGrain
{
    public async Task Commit(string seedCommitment, string by)
    {
        if (state.State.Draw is not null) throw new RuleRefusedException($"抽取 {this.GetPrimaryKeyString()} 已存在");
        state.State.Draw = new KeptDraw(this.GetPrimaryKeyString(), seedCommitment, by, time.GetUtcNow(), null);
        await state.WriteStateAsync();
    }

    public async Task<KeptDraw> Complete(DrawRecord record)
    {
        var kept = state.State.Draw ?? throw new RuleRefusedException("抽取前未记录种子承诺");
        if (kept.Record is not null) throw new RuleRefusedException("抽取已完成，记录不可更改");
        if (kept.SeedCommitment != record.SeedCommitment) throw new RuleRefusedException("抽取记录的种子承诺与抽取前记录的不一致");
        state.State.Draw = kept with { Record = record };
        await state.WriteStateAsync();
        return state.State.Draw;
    }

    public Task<KeptDraw?> Get() => Task.FromResult(state.State.Draw);
}
