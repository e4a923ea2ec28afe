using System.Collections.Concurrent;
using Dispatch.Grains.Contracts;

namespace Dispatch.Grains.Tests;

/// <summary>A gateway relay that records what the feed hands it, or fails on purpose.</summary>
public sealed class RecordingRelay(bool broken = false) : IPushRelay
{
    public ConcurrentQueue<ZoneBatch> Batches { get; } = new();
    public int Calls;

    public Task Deliver(ZoneBatch batch)
    {
        Interlocked.Increment(ref Calls);
        if (broken) throw new InvalidOperationException("this gateway is broken");
        Batches.Enqueue(batch);
        return Task.CompletedTask;
    }

    public IEnumerable<OfficerMoved> Moves => Batches.SelectMany(b => b.Moves);
}
