using System.Diagnostics;
using System.Net.Sockets;

namespace Dispatch.Testing;

/// <summary>A real redis-server on a free loopback port, in memory only, owned by the test run.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    readonly Process _process;

    RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> Start()
    {
        var exe = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
                  ?? throw new FileNotFoundException("redis-server is not installed (apt-get install redis-server); tests/run-all.sh installs it");
        var port = FreePorts.Next();
        var info = new ProcessStartInfo(exe, ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new RedisServer(process, port);
        await Eventually.True(server.Answers, $"redis-server on port {port}");
        return server;
    }

    bool Answers()
    {
        try
        {
            using var client = new TcpClient("127.0.0.1", Port);
            var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var n = stream.Read(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, n).StartsWith("+PONG");
        }
        catch (SocketException)
        {
            return false;
        }
    }

    bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
