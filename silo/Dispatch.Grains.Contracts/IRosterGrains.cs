namespace Dispatch.Grains.Contracts;

/// <summary>A township (乡镇/街道), keyed by township id.</summary>
public interface ITownshipGrain : IGrainWithStringKey
{
    Task<RosterSummary> GetRoster();
}

/// <summary>A department (执法条线) and its duty desk, keyed by department id.</summary>
public interface IDepartmentGrain : IGrainWithStringKey
{
    Task<RosterSummary> GetRoster();
}
