using Orleans.Concurrency;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Grains;

[StatelessWorker]
public sealed class HealthGrain : Grain, IHealthGrain
{
    public Task<string> Ping() => Task.FromResult(RuntimeIdentity);
}
