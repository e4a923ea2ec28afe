using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// The county's joint meeting office: only what spans its years (<see cref="IInspectionOfficeGrain"/>), so its state is
/// two counters, a flag and the years with work. It keeps its class and state names, so it reads the record it wrote
/// when it held every year at once; that old part leaves it year by year, as each year's grain opens and takes its own.
/// </summary>
public sealed class InspectionOfficeGrain(
    [PersistentState("inspection-office", StorageNames.Dispatch)] IPersistentState<InspectionOfficeState> state,
    CountyDirectory county,
    DispatchClock time,
    ILogger<InspectionOfficeGrain> log) : Grain, IInspectionOfficeGrain
{
    /// <summary>The year of each draw the old part names, read once from the draws' own records.</summary>
    Dictionary<string, int>? _drawYears;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Before the year grains a filing's number was the count of filings held: numbering goes on from there.
        state.State.FilingIds = Math.Max(state.State.FilingIds, state.State.Filings.Count);
        return Task.CompletedTask;
    }

    public async Task<InspectionYearOpening> Opening(int year)
    {
        var s = state.State;
        var held = OfficeYear.Of(year, s.Plans.Values, s.Filings, s.Runs, s.DrawIds, await DrawYears());
        var demoPlans = county.Data.Id == "demo" && !s.Seeded && year == InspectionYears.Of(time.GetUtcNow());
        if (demoPlans) held = held.WithPlansOf(DemoCatalogue.Plans(year).Select(p => new FiledPlan(p, "system", time.GetUtcNow())));
        return new InspectionYearOpening(held, demoPlans);
    }

    public async Task Kept(int year, bool tookDemoPlans)
    {
        var s = state.State;
        var yearOfDraw = await DrawYears();
        var moved = s.Plans.Where(p => InspectionYears.Of(p.Value) == year).Select(p => p.Key).ToList();
        foreach (var key in moved) s.Plans.Remove(key);
        var changed = moved.Count > 0
            | s.Filings.RemoveAll(f => InspectionYears.Of(f) == year) > 0
            | s.Runs.RemoveAll(r => InspectionYears.Of(r) == year) > 0
            | s.DrawIds.RemoveAll(d => yearOfDraw(d) == year) > 0
            | (tookDemoPlans && !s.Seeded);
        if (!s.Years.Contains(year))
        {
            s.Years = [.. s.Years.Append(year).Order()];
            changed = true;
        }
        s.Seeded |= tookDemoPlans;
        if (!changed) return;
        await Write();
        log.LogInformation("Inspection year {Year} of {CountyId} keeps its own work{Seeded}", year, this.GetPrimaryKeyString(),
            tookDemoPlans ? " and the demo plans" : "");
    }

    public async Task<string> NextFilingId()
    {
        state.State.FilingIds++;
        await Write();
        return InspectionNumbers.Filing(state.State.FilingIds);
    }

    public async Task<string> NextDrawId()
    {
        state.State.Draws++;
        await Write();
        return InspectionNumbers.Draw(state.State.Draws);
    }

    public Task<IReadOnlyList<int>> Years()
    {
        var s = state.State;
        var old = s.Plans.Values.Select(InspectionYears.Of).Concat(s.Filings.Select(InspectionYears.Of)).Concat(s.Runs.Select(InspectionYears.Of));
        return Task.FromResult<IReadOnlyList<int>>([.. s.Years.Concat(old).Distinct().Order()]);
    }

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));

    /// <summary>A draw the old part names is of its visits' year; one whose record was never stored, of this year.</summary>
    async Task<Func<string, int>> DrawYears()
    {
        if (_drawYears is null)
        {
            var ids = state.State.DrawIds.Distinct().ToList();
            var kept = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IInspectionDrawGrain>(id).Get()));
            _drawYears = [];
            foreach (var (id, draw) in ids.Zip(kept)) _drawYears[id] = draw is null ? InspectionYears.Of(time.GetUtcNow()) : InspectionYears.Of(draw);
        }
        return id => _drawYears.TryGetValue(id, out var year) ? year : InspectionYears.Of(time.GetUtcNow());
    }

    /// <summary>Writes the state; after a failure the next call finds a fresh activation with what storage holds.</summary>
    async Task Write()
    {
        try { await state.WriteStateAsync(); }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }
}
