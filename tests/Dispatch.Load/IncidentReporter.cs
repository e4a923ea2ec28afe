using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Dispatch.Load;

/// <summary>
/// Reports urgent incidents at <see cref="DispatchOptions.Rate"/> per second: categories round-robin, points
/// inside townships (spaced so none merges), gateways round-robin, a fresh Idempotency-Key each. Records every
/// 201 in the <see cref="OfferLedger"/> and times the POST itself.
/// </summary>
public sealed class IncidentReporter(DispatchOptions options, IncidentApi api, IReadOnlyList<CategoryListing> categories,
    TownshipPoints points, OfferLedger ledger)
{
    const int MaxKinds = 5;
    long _sent, _created, _merged, _refused, _errors;
    int _inFlight;
    readonly ConcurrentDictionary<string, long> _failureKinds = new();

    public LatencyStats ReportToCreated { get; } = new();
    public long Sent => Interlocked.Read(ref _sent);
    public long Created => Interlocked.Read(ref _created);
    public long Merged => Interlocked.Read(ref _merged);
    /// <summary>Answered with anything but 201 or 200.</summary>
    public long Refused => Interlocked.Read(ref _refused);
    /// <summary>No answer: transport failures, timeouts, the drain ending first.</summary>
    public long Errors => Interlocked.Read(ref _errors);
    public int InFlight => Volatile.Read(ref _inFlight);
    public IReadOnlyDictionary<string, long> FailureKinds => _failureKinds.OrderByDescending(k => k.Value).Take(MaxKinds).ToDictionary();

    /// <summary>Reports <paramref name="count"/> incidents at <paramref name="rate"/>/s; returns the window's length.
    /// <paramref name="abort"/> gives up on POSTs still unanswered.</summary>
    public Task<TimeSpan> RunAsync(double rate, long count, CancellationToken stop, CancellationToken abort) =>
        Pacer.RunAsync(rate, count, k =>
        {
            Interlocked.Increment(ref _inFlight);
            _ = ReportOneAsync(k, abort);
        }, stop);

    async Task ReportOneAsync(long k, CancellationToken abort)
    {
        try
        {
            var category = categories[(int)(k % categories.Count)];
            var report = new IncidentReport(category.Id, $"负载测试 #{k + 1}：{category.Name}", "urgent", points.ForIncident(category.Id));
            Interlocked.Increment(ref _sent);
            var sent = Stopwatch.GetTimestamp();
            var answer = await api.ReportAsync((int)(k % options.Urls.Count), report, abort);
            var answered = Stopwatch.GetTimestamp();
            switch (answer)
            {
                case { Status: HttpStatusCode.Created, Incident: { } incident }:
                    Interlocked.Increment(ref _created);
                    ReportToCreated.Add(LatencyStats.ElapsedMs(sent, answered));
                    ledger.Created(incident.Id, sent, answered, incident.AssignedOfficerId);
                    break;
                case { Status: HttpStatusCode.OK }:
                    Interlocked.Increment(ref _merged);
                    break;
                default:
                    Interlocked.Increment(ref _refused);
                    Count($"{(int)answer.Status}: {answer.Problem}");
                    break;
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            Interlocked.Increment(ref _errors);
            Count("no answer before the drain ended");
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _errors);
            Count(FleetCounters.Describe(e));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    void Count(string kind) => _failureKinds.AddOrUpdate(kind.Length > 160 ? kind[..160] + "…" : kind, 1, (_, n) => n + 1);
}
