using Dispatch.Domain.Open311;
using Dispatch.Grains.Contracts.Open311;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Open311;

/// <summary>What an Open311 client sent for one service request id.</summary>
public sealed class Open311RequestGrain(
    [PersistentState("open311-request", StorageNames.Dispatch)] IPersistentState<Open311RequestHolder> state,
    ILogger<Open311RequestGrain> log) : Grain, IOpen311RequestGrain
{
    public async Task<Open311Request> Remember(Open311Request request)
    {
        if (state.State.Request is { } first) return first;
        state.State.Request = request;
        await state.WriteStateAsync();
        log.LogInformation("Open311 request {ServiceRequestId} filed ({ServiceCode})", request.ServiceRequestId, request.ServiceCode);
        return request;
    }

    public Task<Open311Request?> Get() => Task.FromResult(state.State.Request);
}
