using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dispatch.QueryModel;

/// <summary>
/// The background writer of a process: changes are queued without waiting, coalesced by item (the newest version
/// wins), and written in batches; a failed batch is retried with backoff and nothing is dropped unless the queue is
/// full (then the oldest go, with a warning: the desks' sweeps write them again). After each batch it records the time
/// up to which everything it was handed is in the store, which the lists answer as <c>asOf</c>.
/// </summary>
public sealed class ListingQueue(IListingStorage storage, TimeProvider time, ILogger<ListingQueue> log) : BackgroundService
{
    const int Capacity = 200_000;
    const int BatchSize = 500;

    readonly Channel<(string List, ListingWrite Write, DateTimeOffset At)> _queue =
        Channel.CreateBounded<(string, ListingWrite, DateTimeOffset)>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true,
        }, _ => Dropped());

    readonly string _writer = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    static int _dropped;

    static void Dropped() => Interlocked.Increment(ref _dropped);

    public int Pending => _queue.Reader.Count;

    public void Enqueue(string list, ListingWrite write) => _queue.Writer.TryWrite((list, write, time.GetUtcNow()));

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var backoff = TimeSpan.FromMilliseconds(200);
        var batch = new List<(string List, ListingWrite Write, DateTimeOffset At)>(BatchSize);
        var drainedAt = time.GetUtcNow();
        var drained = true;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (batch.Count == 0)
                {
                    // Idle: say so once a second, so the lists' asOf keeps up with the clock.
                    using var idle = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    idle.CancelAfter(TimeSpan.FromSeconds(1));
                    try { await _queue.Reader.WaitToReadAsync(idle.Token); }
                    catch (OperationCanceledException) when (!stop.IsCancellationRequested) { }
                    while (batch.Count < BatchSize && _queue.Reader.TryRead(out var next)) batch.Add(next);
                    drainedAt = time.GetUtcNow();
                    drained = _queue.Reader.Count == 0;
                }
                if (batch.Count > 0)
                {
                    foreach (var group in batch.GroupBy(b => b.List))
                        await storage.Upsert(group.Key, group.GroupBy(b => b.Write.Id).Select(g => g.MaxBy(b => b.Write.Version).Write).ToList());
                }
                var now = time.GetUtcNow();
                // Everything handed over before the drain is written if the queue was empty then; else up to this batch's last.
                var upTo = drained || batch.Count == 0 ? drainedAt : batch[^1].At;
                await storage.MarkWritten(_writer, upTo, now);
                batch.Clear();
                backoff = TimeSpan.FromMilliseconds(200);
                if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                    log.LogWarning("Query-model queue was full: {Dropped} oldest changes dropped (the desks' sweeps write them again)", dropped);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                log.LogWarning(e, "Query-model write of {Count} changes failed; retrying in {Backoff}", batch.Count, backoff);
                try { await Task.Delay(backoff, stop); } catch (OperationCanceledException) { break; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
        // Stopping: what is queued is written if the store answers quickly; the desks' sweeps cover the rest.
        while (_queue.Reader.TryRead(out var rest)) batch.Add(rest);
        if (batch.Count > 0)
        {
            try
            {
                foreach (var group in batch.GroupBy(b => b.List))
                    await storage.Upsert(group.Key, group.Select(b => b.Write).ToList()).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) { log.LogWarning(e, "Query-model queue: {Count} changes left unwritten at shutdown", batch.Count); }
        }
    }
}
