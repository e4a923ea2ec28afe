using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Load;

/// <summary>
/// The history bench's REST calls, for several accounts each signed in on every gateway: <c>GET /api/county</c>,
/// <c>GET /api/categories</c>, <c>POST /api/incidents</c>, <c>reject</c>, <c>GET /api/incidents</c> pages and
/// <c>GET /api/system/state-sizes</c>. A 429 (rate limit) or 503 (a cluster re-forming) is waited out as its
/// Retry-After says and sent again, and counted; any other answer is returned as it is, for the caller to count.
/// </summary>
public sealed class HistoryApi(IReadOnlyList<Uri> urls) : IAsyncDisposable
{
    /// <summary>A request still refused after this many waits is given up (a gateway that stays down).</summary>
    const int MaxWaits = 30;
    static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    readonly SystemTarget _gateways = new(new RunOptions { Urls = urls });
    readonly HttpClient _http = LoadHttp.Client(TimeSpan.FromSeconds(60));
    readonly Dictionary<string, string[]> _tokens = [];
    readonly ConcurrentDictionary<(HttpStatusCode Status, string Call), long> _waits = new();

    public IReadOnlyList<Uri> Urls => urls;

    /// <summary>How many 429s and 503s were waited out, by status and call ("429 report", "503 list").</summary>
    public IReadOnlyDictionary<string, long> Waits =>
        _waits.OrderBy(w => w.Key.Status).ThenBy(w => w.Key.Call, StringComparer.Ordinal).ToDictionary(w => $"{(int)w.Key.Status} {w.Key.Call}", w => w.Value);

    /// <summary>Answers with <paramref name="status"/> waited out so far, all calls together.</summary>
    public long Waited(HttpStatusCode status) => _waits.Where(w => w.Key.Status == status).Sum(w => w.Value);

    public Task CheckGatewaysAsync(CancellationToken ct) => _gateways.CheckGatewaysAsync(ct);

    /// <summary>Signs <paramref name="account"/> in on every gateway (a token per gateway, whatever their signing keys).</summary>
    public async Task SignInAsync(string account, string password, CancellationToken ct)
    {
        var tokens = new List<string>();
        foreach (var url in urls)
        {
            try { tokens.Add((await _gateways.LoginAsync(url, account, password, ct)).AccessToken); }
            catch (LoadException e) { throw new LoadException($"account '{account}' on {DeviceTarget.Display(url)}: {e.Message}"); }
        }
        _tokens[account] = [.. tokens];
    }

    /// <summary>A GET the run cannot do without (county, categories): any failure ends the run.</summary>
    public async Task<T> RequireAsync<T>(string account, string path, CancellationToken ct)
    {
        var answer = await GetAsync(account, path, "setup", ct);
        if (answer.Status != HttpStatusCode.OK)
            throw new LoadException($"GET {path} as '{account}' answered {(int)answer.Status}: {answer.Problem}");
        return JsonSerializer.Deserialize<T>(answer.Body, LoadHttp.Json) ?? throw new LoadException($"GET {path} answered an empty body");
    }

    /// <summary>
    /// Reports one incident on gateway <paramref name="gateway"/>. The Idempotency-Key is the same on every retry,
    /// so a report the gateway took before answering 503 is not filed twice.
    /// </summary>
    public Task<HistoryAnswer> ReportAsync(int gateway, string account, IncidentReport report, CancellationToken ct)
    {
        var key = Guid.NewGuid().ToString("N");
        return SendAsync("report", () =>
        {
            var request = Request(HttpMethod.Post, gateway, account, "/api/incidents");
            request.Content = JsonContent.Create(report, options: LoadHttp.Json);
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }, ct);
    }

    public Task<HistoryAnswer> RejectAsync(int gateway, string account, string incidentId, CancellationToken ct) =>
        SendAsync("reject", () =>
        {
            var request = Request(HttpMethod.Post, gateway, account, $"/api/incidents/{Uri.EscapeDataString(incidentId)}/actions/reject");
            request.Content = JsonContent.Create(new RejectBody(HistoryNames.RejectReason), options: LoadHttp.Json);
            return request;
        }, ct);

    /// <summary>A GET on the first gateway; <paramref name="call"/> names it in the wait counts.</summary>
    public Task<HistoryAnswer> GetAsync(string account, string path, string call, CancellationToken ct) =>
        SendAsync(call, () => Request(HttpMethod.Get, 0, account, path), ct);

    HttpRequestMessage Request(HttpMethod method, int gateway, string account, string path)
    {
        var request = new HttpRequestMessage(method, DeviceTarget.Display(urls[gateway % urls.Count]) + path);
        var tokens = _tokens[account];
        request.Headers.Authorization = new("Bearer", tokens[gateway % tokens.Length]);
        return request;
    }

    /// <summary>
    /// Sends until the answer is neither 429 nor 503. <see cref="HistoryAnswer.Ms"/> is the last attempt's round trip
    /// to the whole body, so a wait for Retry-After never enters a latency figure (the waits are counted instead).
    /// </summary>
    async Task<HistoryAnswer> SendAsync(string call, Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var waits = 0; ; waits++)
        {
            using var request = build();
            var sent = Stopwatch.GetTimestamp();
            using var response = await _http.SendAsync(request, ct); // the body is buffered before this returns
            var ms = LatencyStats.ElapsedMs(sent, Stopwatch.GetTimestamp());
            if (response.StatusCode is (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable) && waits < MaxWaits)
            {
                _waits.AddOrUpdate((response.StatusCode, call), 1, (_, n) => n + 1);
                await Task.Delay(RetryAfter(response), ct);
                continue;
            }
            return response.IsSuccessStatusCode
                ? new HistoryAnswer(response.StatusCode, await response.Content.ReadAsStringAsync(ct), null, ms)
                : new HistoryAnswer(response.StatusCode, "", await LoadHttp.ProblemAsync(response, ct), ms);
        }
    }

    /// <summary>Retry-After as seconds or a date; 1 s when the answer gives none, never more than a minute.</summary>
    static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => TimeSpan.FromSeconds(1),
        };
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _gateways.DisposeAsync();
    }
}

/// <summary>What a call answered: the body on success, else the problem's title; the round trip in ms.</summary>
public sealed record HistoryAnswer(HttpStatusCode Status, string Body, string? Problem, double Ms)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>How a failure is counted: the call, the status and the problem.</summary>
    public string Describe(string call) => $"{call} {(int)Status}: {Problem}";
}
