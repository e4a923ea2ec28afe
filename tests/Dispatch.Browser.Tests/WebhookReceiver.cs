using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Dispatch.Testing;

namespace Dispatch.Browser.Tests;

/// <summary>
/// The 12345 system's end of the result webhook, on loopback in the test process: it keeps every body it is sent and
/// accepts it, except for tickets whose id ends in <c>-D</c>, which it refuses with 500 (to make a dead letter).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly HttpListener _listener = new();
    readonly Task _loop;

    public WebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePorts.Next()}/hotline/results/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string Url { get; }
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (!_listener.IsListening) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone();
            Received.Enqueue(body);
            var refuse = body.TryGetProperty("ticketId", out var id) && id.GetString()?.EndsWith("-D", StringComparison.Ordinal) == true;
            context.Response.StatusCode = refuse ? 500 : 200;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}
