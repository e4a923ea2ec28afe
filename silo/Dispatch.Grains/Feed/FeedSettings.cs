namespace Dispatch.Grains.Feed;

public sealed class FeedSettings
{
    /// <summary>How often a zone's feed flushes: the batching window consoles see (a few batches a second).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A gateway that does not take a batch within this is skipped for the next one.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a silo trusts its copy of the gateway list.</summary>
    public TimeSpan RelayListRefresh { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A gateway that has not re-registered within this is dropped.</summary>
    public TimeSpan RelayExpiry { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A registry younger than this (it just re-activated, say after its silo died) may not have heard from every
    /// gateway yet, so silos keep the gateways they knew. Gateways re-register every 3 s.
    /// </summary>
    public TimeSpan YoungRegistryGrace { get; set; } = TimeSpan.FromSeconds(8);
}
