using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>The county's object directory (监管对象名录), keyed by county id: enterprises by credit code.</summary>
public interface IEnterpriseDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces every record at once (an import is all or nothing); durable when it returns.</summary>
    Task<ImportCount> Import(IReadOnlyList<EnterpriseRecord> records);
    Task<IReadOnlyList<EnterpriseRecord>> List();
    Task<EnterpriseRecord?> Get(string creditCode);
}
