namespace Dispatch.Grains.Contracts;

/// <summary>
/// One per gateway process: the way grain changes leave the cluster. A batch is handed to exactly one
/// gateway, which publishes it through SignalR (and, in cluster mode, the Redis backplane) to every
/// gateway's connections in the batch's audiences.
/// </summary>
public interface IPushRelay : IGrainObserver
{
    Task Deliver(ZoneBatch batch);
}

/// <summary>Where gateways register their relay; entries expire unless refreshed.</summary>
public interface IGatewayRegistryGrain : IGrainWithIntegerKey
{
    Task Register(string gatewayId, IPushRelay relay);
    Task Unregister(string gatewayId);
    Task<RelayList> GetRelays();
}
