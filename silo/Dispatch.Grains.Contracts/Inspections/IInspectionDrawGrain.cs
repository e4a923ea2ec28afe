using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>One draw, keyed by draw id: the seed commitment is written before the draw, the record with the seed after.</summary>
public interface IInspectionDrawGrain : IGrainWithStringKey
{
    Task Commit(string seedCommitment, string by);

    Task<KeptDraw> Complete(DrawRecord record);

    Task<KeptDraw?> Get();
}
