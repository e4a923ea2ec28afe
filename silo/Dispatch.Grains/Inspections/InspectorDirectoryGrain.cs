using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Inspections;

/// <summary>The imported inspector directory of one county: what draws take their pool from once it holds anyone.</summary>
public sealed class InspectorDirectoryGrain(
    [PersistentState("inspectors", StorageNames.Dispatch)] IPersistentState<InspectorDirectoryState> state,
    ILogger<InspectorDirectoryGrain> log) : Grain, IInspectorDirectoryGrain
{
    public async Task<ImportCount> Import(IReadOnlyList<InspectorRecord> records)
    {
        var before = new Dictionary<string, InspectorRecord>(state.State.Inspectors);
        var updated = records.Count(r => state.State.Inspectors.ContainsKey(r.CertificateNo));
        foreach (var r in records) state.State.Inspectors[r.CertificateNo] = r;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Inspectors = before; // all or nothing, in memory as in storage
            throw;
        }
        log.LogInformation("Inspector directory import: {Imported} new, {Updated} replaced", records.Count - updated, updated);
        return new ImportCount(records.Count - updated, updated);
    }

    public Task<IReadOnlyList<InspectorRecord>> List() =>
        Task.FromResult<IReadOnlyList<InspectorRecord>>(state.State.Inspectors.Values.OrderBy(r => r.CertificateNo, StringComparer.Ordinal).ToList());
}
