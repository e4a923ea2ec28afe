using System.Collections.Concurrent;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Tests;

/// <summary>Stands where the SignalR groups stand in production: records every batch the feeds publish.</summary>
public sealed class RecordingFeed : IConsoleFeed
{
    public ConcurrentQueue<ZoneBatch> Batches { get; } = new();
    public volatile bool Broken;

    public Task Publish(ZoneBatch batch)
    {
        if (Broken) throw new InvalidOperationException("the backplane is down");
        Batches.Enqueue(batch);
        return Task.CompletedTask;
    }

    public IEnumerable<OfficerMoved> Moves => Batches.SelectMany(b => b.Moves);
}
