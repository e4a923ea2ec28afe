using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// A department's duty desk console: the desk account on <c>/hubs/console</c> (it joins its department's
/// audience), handing every <c>whistleChanged</c> to the ledger the moment it arrives.
/// </summary>
public sealed class DeskConsole : IAsyncDisposable
{
    readonly HubConnection _connection;
    volatile bool _stopping;

    DeskConsole(string departmentId, HubConnection connection, WhistleLedger ledger)
    {
        DepartmentId = departmentId;
        _connection = connection;
        connection.On<WhistleChange>(WhistleNames.WhistleChanged, change => ledger.DeskSaw(departmentId, change, Stopwatch.GetTimestamp()));
        connection.Closed += e =>
        {
            if (!_stopping) Lost = e is null ? "closed by the server" : FleetCounters.Describe(e);
            return Task.CompletedTask;
        };
    }

    public string DepartmentId { get; }
    /// <summary>Why the connection closed during the run, if it did.</summary>
    public string? Lost { get; private set; }

    public static async Task<DeskConsole> ConnectAsync(Uri url, string departmentId, string token, WhistleLedger ledger, CancellationToken ct)
    {
        var desk = new DeskConsole(departmentId, DeviceTarget.BuildHub(url, HubNames.ConsoleHub, () => Task.FromResult<string?>(token)), ledger);
        try
        {
            await desk._connection.StartAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await desk._connection.DisposeAsync();
            throw new LoadException($"desk console of '{departmentId}' failed: {FleetCounters.Describe(e)}");
        }
        return desk;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        try { await _connection.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception) { /* shutting down: nothing left to measure */ }
    }
}
