namespace Dispatch.Grains.Feed;

public sealed class FeedSettings
{
    /// <summary>How often a zone's feed flushes: the batching window consoles see (a few batches a second).</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>A flush waits at most this long for the zone table and for the publish; a late step is logged and skipped.</summary>
    public TimeSpan StepTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
