using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Load;

/// <summary>
/// The incident REST contract over HTTP: the reporter's sign-in on every gateway, <c>GET /api/categories</c>,
/// <c>GET /api/county</c>, <c>GET /api/incidents</c>, <c>POST /api/incidents</c> and an officer's
/// <c>POST /api/incidents/{id}/actions/{action}</c>.
/// </summary>
public sealed class IncidentApi(DispatchOptions options, SystemTarget signIn) : IDisposable
{
    static readonly JsonSerializerOptions Json = LoadHttp.Json;

    readonly HttpClient _http = LoadHttp.Client(TimeSpan.FromSeconds(30));

    string[] _reporterTokens = [];

    /// <summary>Signs the reporter in on every gateway (a token per gateway, whatever their signing keys).</summary>
    public async Task SignInReporterAsync(CancellationToken ct)
    {
        var tokens = new List<string>();
        foreach (var url in options.Urls)
        {
            try { tokens.Add((await signIn.LoginAsync(url, options.Reporter, options.ReporterPassword, ct)).AccessToken); }
            catch (LoadException e) { throw new LoadException($"reporter '{options.Reporter}' on {DeviceTarget.Display(url)}: {e.Message}"); }
        }
        _reporterTokens = [.. tokens];
    }

    public Task<List<CategoryListing>> CategoriesAsync(CancellationToken ct) => GetAsync<List<CategoryListing>>("/api/categories", ct);

    public Task<CountyListing> CountyAsync(CancellationToken ct) => GetAsync<CountyListing>("/api/county", ct);

    /// <summary>Open incidents of earlier runs still held by officers: the county's list filtered by status.</summary>
    public async Task<List<IncidentCreated>> OpenAssignmentsAsync(CancellationToken ct)
    {
        var all = new List<IncidentCreated>();
        foreach (var status in new[] { "dispatched", "acknowledged", "onScene" })
            all.AddRange(await GetAsync<List<IncidentCreated>>($"/api/incidents?status={status}", ct));
        return all;
    }

    /// <summary>Reports one incident on gateway <paramref name="gateway"/>; a fresh Idempotency-Key each time.</summary>
    public async Task<ReportAnswer> ReportAsync(int gateway, IncidentReport report, CancellationToken ct)
    {
        var url = options.Urls[gateway % options.Urls.Count];
        using var request = new HttpRequestMessage(HttpMethod.Post, DeviceTarget.Display(url) + "/api/incidents")
        {
            Content = JsonContent.Create(report, options: Json),
        };
        request.Headers.Authorization = new("Bearer", _reporterTokens[gateway % _reporterTokens.Length]);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await _http.SendAsync(request, ct);
        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
        {
            var incident = await response.Content.ReadFromJsonAsync<IncidentCreated>(Json, ct)
                           ?? throw new LoadException("POST /api/incidents answered an empty body");
            return new ReportAnswer(response.StatusCode, incident, null);
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            throw new LoadException("reports rate-limited (429): every report comes from one account; start the gateway with " +
                                    "--Dispatch:RateLimits:IntakePerAccountPerMinute=100000");
        return new ReportAnswer(response.StatusCode, null, await LoadHttp.ProblemAsync(response, ct));
    }

    /// <summary>One step of an officer's work on an incident, with the officer's own token on the device's gateway.</summary>
    public async Task ActAsync(Device device, string incidentId, string action, CancellationToken ct)
    {
        var url = options.Urls[device.Index % options.Urls.Count];
        var body = action == "handle" ? new IncidentActionBody(IncidentNames.HandledResult) : new IncidentActionBody();
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{DeviceTarget.Display(url)}/api/incidents/{Uri.EscapeDataString(incidentId)}/actions/{action}")
        {
            Content = JsonContent.Create(body, options: Json),
        };
        request.Headers.Authorization = new("Bearer", device.AccessToken);
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new LoadException($"{action} answered {(int)response.StatusCode}: {await LoadHttp.ProblemAsync(response, ct)}");
    }

    async Task<T> GetAsync<T>(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DeviceTarget.Display(options.Urls[0]) + path);
        request.Headers.Authorization = new("Bearer", _reporterTokens[0]);
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new LoadException($"GET {path} as '{options.Reporter}' answered {(int)response.StatusCode}: {await LoadHttp.ProblemAsync(response, ct)}");
        return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new LoadException($"GET {path} answered an empty body");
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>What <c>POST /api/incidents</c> answered: the incident (201 new, 200 merged) or a problem.</summary>
public sealed record ReportAnswer(HttpStatusCode Status, IncidentCreated? Incident, string? Problem);
