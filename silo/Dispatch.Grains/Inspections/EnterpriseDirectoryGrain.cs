using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// The county's enterprise directory. The demo county starts with its generated enterprises (written once, so imports
/// then add to them and replace them like any other); a real county starts empty and imports its directory.
/// </summary>
public sealed class EnterpriseDirectoryGrain(
    [PersistentState("enterprises", StorageNames.Dispatch)] IPersistentState<EnterpriseDirectoryState> state,
    CountyDirectory county,
    ILogger<EnterpriseDirectoryGrain> log) : Grain, IEnterpriseDirectoryGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Seeded || county.Data.Id != "demo") return;
        foreach (var e in DemoEnterprises.Generate(county)) state.State.Enterprises[e.CreditCode] = e;
        state.State.Seeded = true;
        await state.WriteStateAsync(cancellationToken);
        log.LogInformation("Enterprise directory seeded with {Count} demo enterprises", state.State.Enterprises.Count);
    }

    public async Task<ImportCount> Import(IReadOnlyList<EnterpriseRecord> records)
    {
        var done = await DirectoryUpsert.Apply(() => state.State.Enterprises, d => state.State.Enterprises = d, records, r => r.CreditCode,
            () => state.WriteStateAsync());
        log.LogInformation("Enterprise directory import: {Imported} new, {Updated} replaced", done.Imported, done.Updated);
        return done;
    }

    public Task<IReadOnlyList<EnterpriseRecord>> List() => Task.FromResult<IReadOnlyList<EnterpriseRecord>>(state.State.Enterprises.Values.ToList());

    public Task<EnterpriseRecord?> Get(string creditCode) => Task.FromResult(state.State.Enterprises.GetValueOrDefault(creditCode));
}
