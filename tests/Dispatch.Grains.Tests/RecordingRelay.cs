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

public static class Eventually
{
    /// <summary>Waits for a condition with a deadline instead of sleeping and hoping.</summary>
    public static Task True(Func<bool> condition, string what, int timeoutMs = 10_000) =>
        True(condition, () => what, timeoutMs);

    public static async Task True(Func<bool> condition, Func<string> what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for: {what()}");
            await Task.Delay(20);
        }
    }

    public static async Task<T> Value<T>(Func<Task<T>> read, Func<T, bool> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) Assert.Fail($"timed out waiting for: {what}");
            await Task.Delay(20);
        }
    }
}
