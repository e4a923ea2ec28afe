using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// Fires <c>count</c> events at a steady rate from one loop (event k at (k + offset) / rate seconds), each as its
/// own fire-and-forget call, so a slow answer never delays the next event. Returns the length of the window.
/// </summary>
public static class Pacer
{
    static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    public static async Task<TimeSpan> RunAsync(double rate, long count, Action<long> fire, CancellationToken stop, double offset = 0)
    {
        var started = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(Tick);
        long next = 0;
        try
        {
            while (next < count)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                while (next < count && (next + offset) / rate <= elapsed) fire(next++);
                if (next < count) await timer.WaitForNextTickAsync(stop);
            }
        }
        catch (OperationCanceledException)
        {
            return Stopwatch.GetElapsedTime(started);
        }
        return TimeSpan.FromSeconds(Math.Max(count / rate, Stopwatch.GetElapsedTime(started).TotalSeconds));
    }
}
