using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Domain.Inspections.Enterprises;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Inspections;

/// <summary>The imported inspector directory of one county: what draws take their pool from once it holds anyone.</summary>
public sealed class InspectorDirectoryGrain(
    [PersistentState("inspectors", StorageNames.Dispatch)] IPersistentState<InspectorDirectoryState> state,
    ILogger<InspectorDirectoryGrain> log) : Grain, IInspectorDirectoryGrain
{
    public async Task<ImportCount> Import(IReadOnlyList<InspectorRecord> records)
    {
        var done = await DirectoryUpsert.Apply(() => state.State.Inspectors, d => state.State.Inspectors = d, records, r => r.CertificateNo,
            () => state.WriteStateAsync());
        log.LogInformation("Inspector directory import: {Imported} new, {Updated} replaced", done.Imported, done.Updated);
        return done;
    }

    public Task<IReadOnlyList<InspectorRecord>> List() =>
        Task.FromResult<IReadOnlyList<InspectorRecord>>(state.State.Inspectors.Values.OrderBy(r => r.CertificateNo, StringComparer.Ordinal).ToList());
}
