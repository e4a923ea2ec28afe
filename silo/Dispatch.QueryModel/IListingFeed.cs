namespace Dispatch.QueryModel;

/// <summary>
/// Where a grain hands a change it has just made durable. Never throws and never waits on the store: a slow or absent
/// query store must not slow or fail the write that caused the change (the desks' sweeps repair what a lost
/// hand-off missed).
/// </summary>
public interface IListingFeed<in T>
{
    void Changed(T item);
}
