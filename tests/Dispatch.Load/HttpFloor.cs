using System.Diagnostics;

namespace Dispatch.Load;

/// <summary>
/// The HTTP floor of the dispatch bench: one anonymous <c>GET /api/system</c> on the same gateway(s), timed from
/// send to the last byte of the body, on a client set up like the incident client — what any request to that
/// gateway costs before it does any work.
/// </summary>
public sealed class HttpFloor(IReadOnlyList<Uri> urls) : IDisposable
{
    readonly HttpClient _http = LoadHttp.Client(TimeSpan.FromSeconds(30));
    long _errors;
    int _inFlight;

    public LatencyStats RoundTrip { get; } = new();
    public long Errors => Interlocked.Read(ref _errors);
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Sample <paramref name="k"/> on gateway k mod N.</summary>
    public void Fire(long k, CancellationToken abort)
    {
        Interlocked.Increment(ref _inFlight);
        _ = SampleAsync(urls[(int)(k % urls.Count)], abort);
    }

    async Task SampleAsync(Uri url, CancellationToken abort)
    {
        try
        {
            var sent = Stopwatch.GetTimestamp();
            using var response = await _http.GetAsync(DeviceTarget.Display(url) + "/api/system", abort);
            await response.Content.ReadAsByteArrayAsync(abort);
            var answered = Stopwatch.GetTimestamp();
            if (response.IsSuccessStatusCode) RoundTrip.Add(LatencyStats.ElapsedMs(sent, answered));
            else Interlocked.Increment(ref _errors);
        }
        catch (Exception)
        {
            Interlocked.Increment(ref _errors);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public void Dispose() => _http.Dispose();
}
