using Dispatch.Grains.Contracts;
using Orleans.Concurrency;

namespace Dispatch.Grains;

[StatelessWorker]
public sealed class HealthGrain : Grain, IHealthGrain
{
    public Task<string> Ping() => Task.FromResult(RuntimeIdentity);
}
