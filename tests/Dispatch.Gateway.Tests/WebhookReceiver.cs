using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dispatch.Gateway.Tests;

/// <summary>
/// A real HTTP endpoint standing in for the 12345 system's webhook (Kestrel on a loopback port): it records every
/// delivery it receives and answers 500 to the first N deliveries of a ticket when told to.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly ConcurrentDictionary<string, int> _failuresLeft = new();

    public ConcurrentQueue<(string TicketId, JsonElement Body, int Status, DateTimeOffset At)> Received { get; } = new();
    public string Url { get; }

    WebhookReceiver(WebApplication app, string url) => (_app, Url) = (app, url);

    public static WebhookReceiver Start()
    {
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, url + "/hotline/results");
        app.MapPost("/hotline/results", async (HttpRequest request) =>
        {
            var body = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
            var ticket = body.GetProperty("ticketId").GetString()!;
            var fail = receiver._failuresLeft.TryGetValue(ticket, out var left) && left > 0;
            if (fail) receiver._failuresLeft[ticket] = left - 1;
            var status = fail ? 500 : 204;
            receiver.Received.Enqueue((ticket, body, status, DateTimeOffset.UtcNow));
            return Results.StatusCode(status);
        });
        app.StartAsync().GetAwaiter().GetResult();
        return receiver;
    }

    /// <summary>The next <paramref name="times"/> deliveries for this ticket are answered 500 (int.MaxValue: always).</summary>
    public void Fail(string ticketId, int times) => _failuresLeft[ticketId] = times;

    public IReadOnlyList<(string TicketId, JsonElement Body, int Status, DateTimeOffset At)> For(string ticketId) => Received.Where(r => r.TicketId == ticketId).ToList();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
