using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Contracts.Push;

/// <summary>Where a drawn joint visit goes: to the device of each inspector drawn for it.</summary>
public interface IInspectionPush
{
    Task TaskOffered(string officerId, InspectionTask task);
}
