using System.Net;
using System.Net.Http.Json;

namespace Dispatch.Load;

/// <summary>
/// The whistle REST contract over HTTP, for several accounts at once (township, approver, desks), each signed in on
/// every gateway: <c>GET /api/county</c>, <c>GET /api/whistles</c>, <c>POST /api/whistles</c> and its actions.
/// A refusal is an answer, not an exception, so the run counts it and goes on.
/// </summary>
public sealed class WhistleApi(IReadOnlyList<Uri> urls, SystemTarget signIn) : IDisposable
{
    readonly HttpClient _http = LoadHttp.Client(TimeSpan.FromSeconds(30));
    readonly Dictionary<string, string[]> _tokens = [];

    /// <summary>Signs <paramref name="account"/> in on every gateway (a token per gateway, whatever their signing keys).</summary>
    public async Task SignInAsync(string account, string password, CancellationToken ct)
    {
        var tokens = new List<string>();
        foreach (var url in urls)
        {
            try { tokens.Add((await signIn.LoginAsync(url, account, password, ct)).AccessToken); }
            catch (LoadException e) { throw new LoadException($"account '{account}' on {DeviceTarget.Display(url)}: {e.Message}"); }
        }
        _tokens[account] = [.. tokens];
    }

    /// <summary>The account's token on the first gateway (desk consoles connect there).</summary>
    public string Token(string account) => _tokens[account][0];

    public Task<WhistleAnswer> RaiseAsync(int gateway, string account, WhistleRequest request, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, gateway, account, "/api/whistles", request, ct);

    public Task<WhistleAnswer> ActAsync(int gateway, string account, string whistleId, string action, WhistleActionBody body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, gateway, account, $"/api/whistles/{Uri.EscapeDataString(whistleId)}/actions/{action}", body, ct);

    public async Task<T> GetAsync<T>(string account, string path, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get, 0, account, path, null, ct);
        if (answer.Body is not { } body)
            throw new LoadException($"GET {path} as '{account}' answered {(int)answer.Status}: {answer.Problem}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(body, LoadHttp.Json) ?? throw new LoadException($"GET {path} answered an empty body");
    }

    async Task<WhistleAnswer> SendAsync(HttpMethod method, int gateway, string account, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, DeviceTarget.Display(urls[gateway % urls.Count]) + path);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: LoadHttp.Json);
        var tokens = _tokens[account];
        request.Headers.Authorization = new("Bearer", tokens[gateway % tokens.Length]);
        using var response = await _http.SendAsync(request, ct);
        if (response.IsSuccessStatusCode)
            return new WhistleAnswer(response.StatusCode, await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(LoadHttp.Json, ct), null);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return new WhistleAnswer(response.StatusCode, null, $"'{account}' rate-limited (429): start the gateway with " +
                "--Dispatch:RateLimits:IntakePerAccountPerMinute=100000 --Dispatch:RateLimits:ActionsPerAccountPerMinute=100000");
        return new WhistleAnswer(response.StatusCode, null, await LoadHttp.ProblemAsync(response, ct));
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>What a whistle request answered: the body on success, else the problem's title.</summary>
public sealed record WhistleAnswer(HttpStatusCode Status, System.Text.Json.JsonElement? Body, string? Problem)
{
    public WhistleListing? Whistle => Body is { } body ? System.Text.Json.JsonSerializer.Deserialize<WhistleListing>(body, LoadHttp.Json) : null;

    /// <summary>How a failure is counted: the status and the problem.</summary>
    public string Describe() => $"{(int)Status}: {Problem}";
}
