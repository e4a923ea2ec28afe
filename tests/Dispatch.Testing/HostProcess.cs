using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dispatch.Testing;

/// <summary>A real host (silo or gateway) run as its own process, as in production; its output is kept for failures.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly ConcurrentQueue<string> _output = new();

    HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }
    public bool HasExited => _process.HasExited;
    public string Output => string.Join(Environment.NewLine, _output);

    public static HostProcess Start(string name, string dll, IDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return new HostProcess(name, Process.Start(info) ?? throw new InvalidOperationException("could not start " + dll));
    }

    /// <summary>Waits until a URL answers 200, failing with the host's output if it exits or takes too long.</summary>
    public async Task WaitUntilReady(string url, int timeoutMs = 60_000)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            if (_process.HasExited) Xunit.Assert.Fail($"{Name} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) Xunit.Assert.Fail($"{Name} not ready at {url} after {timeoutMs} ms:\n{Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL: the process gets no chance to leave the cluster, as when a machine dies.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first so the host shuts down gracefully; then make sure.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await term!.WaitForExitAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await _process.WaitForExitAsync(cts.Token); } catch (OperationCanceledException) { Kill(); }
        }
        _process.Dispose();
    }

    void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 400) _output.TryDequeue(out _);
    }
}
