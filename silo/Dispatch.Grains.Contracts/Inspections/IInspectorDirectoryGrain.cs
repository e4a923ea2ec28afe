using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>The county's imported inspector directory (执法检查人员名录), keyed by county id; empty until a county imports one.</summary>
public interface IInspectorDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds the records, replacing those with the same certificate number; durable when it returns.</summary>
    Task<ImportCount> Import(IReadOnlyList<InspectorRecord> records);

    Task<IReadOnlyList<InspectorRecord>> List();
}
