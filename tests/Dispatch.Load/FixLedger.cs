using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// Every fix the fleet sent, keyed by officer id and device time (which the tool sets to its own send time,
/// whole milliseconds). The console probe looks arrivals up here: latency is arrival minus recorded send
/// timestamp (one monotonic clock), and an accepted fix with no arrival by the end is counted missing.
/// </summary>
public sealed class FixLedger
{
    readonly ConcurrentDictionary<FixKey, FixEntry> _entries = new();
    long _pending;      // accepted and not yet seen on the console
    long _delivered, _duplicates, _unknown, _unexpected;

    public LatencyStats Latency { get; } = new();

    public long Pending => Interlocked.Read(ref _pending);
    public long Delivered => Interlocked.Read(ref _delivered);
    /// <summary>The same fix seen again (coalescing promises at most once per batch; a second batch would be a bug).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);
    /// <summary>Moves this run did not send: other officers (simulator), or fixes from before the run.</summary>
    public long Unknown => Interlocked.Read(ref _unknown);
    /// <summary>Moves for fixes the system answered with ignored or an error: should never happen.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public FixEntry Sent(string officerId, DateTimeOffset deviceTime)
    {
        var entry = new FixEntry(Stopwatch.GetTimestamp());
        _entries[new FixKey(officerId, deviceTime.UtcTicks)] = entry;
        return entry;
    }

    /// <summary>The system's answer to a fix: accepted fixes are expected on the console.</summary>
    public void Answered(FixEntry entry, bool accepted)
    {
        lock (entry)
        {
            entry.Answer = accepted ? FixAnswer.Accepted : FixAnswer.NotAccepted;
            if (accepted && entry.Arrivals == 0) Interlocked.Increment(ref _pending);
            if (!accepted && entry.Arrivals > 0) Interlocked.Increment(ref _unexpected);
        }
    }

    public void Arrived(string officerId, DateTimeOffset time, long arrivalTimestamp)
    {
        if (!_entries.TryGetValue(new FixKey(officerId, time.UtcTicks), out var entry))
        {
            Interlocked.Increment(ref _unknown);
            return;
        }
        lock (entry)
        {
            entry.Arrivals++;
            if (entry.Arrivals > 1) { Interlocked.Increment(ref _duplicates); return; }
            Interlocked.Increment(ref _delivered);
            Latency.Add(LatencyStats.ElapsedMs(entry.SentTimestamp, arrivalTimestamp));
            if (entry.Answer == FixAnswer.Accepted) Interlocked.Decrement(ref _pending);
            else if (entry.Answer == FixAnswer.NotAccepted) Interlocked.Increment(ref _unexpected);
        }
    }

    readonly record struct FixKey(string OfficerId, long UtcTicks);
}

public enum FixAnswer { None, Accepted, NotAccepted }

public sealed class FixEntry(long sentTimestamp)
{
    public long SentTimestamp { get; } = sentTimestamp;
    public FixAnswer Answer { get; set; }
    public int Arrivals { get; set; }
}
