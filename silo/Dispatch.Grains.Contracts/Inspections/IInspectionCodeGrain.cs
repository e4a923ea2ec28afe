namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>An inspection code (亮码), keyed by the code: which task it stands for. Bound once.</summary>
public interface IInspectionCodeGrain : IGrainWithStringKey
{
    /// <returns>false when the code already stands for another task (a collision: draw another code)</returns>
    Task<bool> Bind(string taskId);

    Task<string?> TaskId();
}
