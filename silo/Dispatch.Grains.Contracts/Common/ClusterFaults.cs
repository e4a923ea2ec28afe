using Orleans.Runtime.Messaging;

namespace Dispatch.Grains.Contracts.Common;

/// <summary>
/// Failures that come from the cluster re-forming (a silo died, a gateway connection broke, a call timed out),
/// not from the request. The caller should try again shortly: HTTP answers 503 with Retry-After, hubs a HubException.
/// </summary>
public static class ClusterFaults
{
    /// <summary>Seconds a client should wait before retrying: about the time a dead silo takes to be declared dead.</summary>
    public const int RetryAfterSeconds = 2;

    public static bool IsTransient(Exception exception) => exception switch
    {
        // SiloUnavailableException and GatewayTooBusyException derive from OrleansMessageRejectionException.
        OrleansMessageRejectionException or ConnectionFailedException or TimeoutException => true,
        AggregateException { InnerExceptions.Count: 1 } a => IsTransient(a.InnerExceptions[0]),
        _ => false,
    };
}
