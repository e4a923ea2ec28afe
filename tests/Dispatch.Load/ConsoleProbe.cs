using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// The single console connection: takes every <c>officersMoved</c> batch off the wire and hands each entry to the
/// ledger, which turns it into a latency sample (arrival − recorded send time of that officer's fix).
/// </summary>
public sealed class ConsoleProbe(FixLedger ledger) : IAsyncDisposable
{
    HubConnection? _connection;
    long _batches, _entries, _statusChanges;
    volatile bool _stopping;

    public long Batches => Interlocked.Read(ref _batches);
    public long Entries => Interlocked.Read(ref _entries);
    public long StatusChanges => Interlocked.Read(ref _statusChanges);
    /// <summary>Why the console connection closed during the run, if it did.</summary>
    public string? Lost { get; private set; }

    public async Task StartAsync(HubConnection connection, CancellationToken ct)
    {
        _connection = connection;
        connection.On<MovedEntry[]>(HubNames.OfficersMoved, OnMoved);
        connection.On<StatusChangedEntry>(HubNames.OfficerStatusChanged, _ => Interlocked.Increment(ref _statusChanges));
        connection.Closed += e =>
        {
            if (!_stopping) Lost = e is null ? "closed by the server" : FleetCounters.Describe(e);
            return Task.CompletedTask;
        };
        try
        {
            await connection.StartAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            throw new LoadException($"console connection failed: {FleetCounters.Describe(e)}");
        }
    }

    void OnMoved(MovedEntry[] entries)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _entries, entries.Length);
        foreach (var e in entries) ledger.Arrived(e.OfficerId, e.Time, now);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        if (_connection is not null)
        {
            try { await _connection.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)); }
            catch (Exception) { /* shutting down: nothing left to measure */ }
        }
    }
}
