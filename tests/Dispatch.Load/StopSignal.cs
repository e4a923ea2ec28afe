using System.Runtime.InteropServices;

namespace Dispatch.Load;

/// <summary>Ctrl+C or SIGTERM stops sending and reports what was measured so far; a second Ctrl+C quits at once.</summary>
public sealed class StopSignal : IDisposable
{
    readonly CancellationTokenSource _stop = new();
    readonly PosixSignalRegistration _sigterm;

    StopSignal()
    {
        _sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; _stop.Cancel(); });
        Console.CancelKeyPress += (_, e) =>
        {
            if (_stop.IsCancellationRequested) return; // second Ctrl+C: let the process end
            e.Cancel = true;
            Console.WriteLine("stopping: reporting what was measured so far (Ctrl+C again to quit at once)");
            _stop.Cancel();
        };
    }

    public CancellationToken Token => _stop.Token;

    public static StopSignal Listen() => new();

    public void Dispose()
    {
        _sigterm.Dispose();
        _stop.Dispose();
    }
}
