using System.Collections.Concurrent;
using System.Net;

namespace Dispatch.Grains.Tests;

/// <summary>A real HTTP endpoint (HttpListener on a loopback port) that answers 500 to the first N requests, then 204, and counts them.</summary>
public sealed class WebhookListener : IDisposable
{
    readonly HttpListener _listener = new();
    int _failuresLeft;

    public string Url { get; }
    public ConcurrentQueue<int> Answers { get; } = new();

    public WebhookListener(int failFirst)
    {
        _failuresLeft = failFirst;
        Url = $"http://127.0.0.1:{FreePorts.Next()}/results/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? 500 : 204;
            Answers.Enqueue(status);
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
