namespace Dispatch.Grains.Contracts.Common;

/// <summary>A cheap round trip for readiness checks (a stateless worker: answered by a local activation).</summary>
public interface IHealthGrain : IGrainWithIntegerKey
{
    Task<string> Ping();
}
