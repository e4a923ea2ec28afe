using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// The real gateway(s), over the public contract only: POST /api/auth/login, GET /api/officers, /hubs/field and
/// /hubs/console. With several URLs, devices are dealt round-robin over them and the console uses the first.
/// </summary>
public sealed class SystemTarget(RunOptions options) : DeviceTarget
{
    readonly HttpClient _http = LoadHttp.Client(TimeSpan.FromSeconds(60));

    string? _consoleToken;
    Dictionary<string, OfficerListing> _byCode = new(StringComparer.OrdinalIgnoreCase);

    public override string Name => "system";

    /// <summary>The county's officers by code, as the console account listed them in <see cref="PrepareAsync"/>.</summary>
    public IReadOnlyDictionary<string, OfficerListing> OfficersByCode => _byCode;
    public override string Address => string.Join(", ", options.Urls.Select(Display));

    /// <summary>The devices to connect, when they are chosen from the officers <see cref="PrepareAsync"/> listed.</summary>
    public void UseFleet(RunOptions fleet) => options = fleet;

    public override async Task PrepareAsync(CancellationToken ct)
    {
        await CheckGatewaysAsync(ct);
        try { _consoleToken = (await LoginAsync(options.Urls[0], options.ConsoleUser, options.ConsolePassword, ct)).AccessToken; }
        catch (LoadException e) { throw new LoadException($"console account '{options.ConsoleUser}': {e.Message}"); }
        var officers = await ListOfficersAsync(ct);
        _byCode = officers.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var missing = Enumerable.Range(0, options.Devices).Count(i => !_byCode.ContainsKey(options.OfficerCode(i)));
        Console.WriteLine($"  console '{options.ConsoleUser}' signed in; the county lists {officers.Count} officers" +
                          (missing > 0 ? $" — {missing} of the {options.Devices} device codes are not among them (see make-county in the README)" : ""));
    }

    /// <summary>Every gateway answers anonymous <c>GET /api/system</c>; prints what each says (mode, storage, county).</summary>
    public async Task CheckGatewaysAsync(CancellationToken ct)
    {
        foreach (var url in options.Urls)
        {
            try
            {
                using var response = await _http.GetAsync(Combine(url, "/api/system"), ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode) throw new LoadException($"{Display(url)} answered {(int)response.StatusCode} on /api/system");
                Console.WriteLine($"  {Display(url)}/api/system: {body}");
            }
            catch (HttpRequestException e)
            {
                throw new LoadException($"no gateway at {Display(url)} ({e.Message}); start one first (see tests/Dispatch.Load/README.md)");
            }
        }
    }

    public override HubConnection BuildConsoleConnection() =>
        BuildHub(options.Urls[0], HubNames.ConsoleHub, () => Task.FromResult(_consoleToken));

    public override async Task<Device> ConnectDeviceAsync(int index, CancellationToken ct)
    {
        var url = options.Urls[index % options.Urls.Count];
        var code = options.OfficerCode(index);
        string token;
        try { token = (await LoginAsync(url, code, options.DevicePassword, ct)).AccessToken; }
        catch (Exception e) when (!ct.IsCancellationRequested) { throw new ConnectStepException("sign-in", e); }

        var connection = BuildHub(url, HubNames.FieldHub, () => Task.FromResult<string?>(token));
        var step = "hub connect";
        try
        {
            await connection.StartAsync(ct);
            step = "SetOnDuty";
            await connection.InvokeAsync<string>(HubNames.SetOnDuty, true, ct);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync();
            if (ct.IsCancellationRequested) throw;
            throw new ConnectStepException(step, e);
        }
        var officerId = _byCode.TryGetValue(code, out var listed) ? listed.Id : options.DefaultOfficerId(index);
        return new Device(index, officerId, connection, token);
    }

    public override Task<ReportAck> SendAsync(Device device, FixReport fix, CancellationToken ct) =>
        device.Connection.InvokeAsync<ReportAck>(HubNames.ReportPosition, fix, ct);

    public override async Task<IReadOnlyDictionary<string, OfficerPosition>> LastPositionsAsync(CancellationToken ct) =>
        (await ListOfficersAsync(ct)).Where(o => o.Position is not null).ToDictionary(o => o.Id, o => o.Position!);

    async Task<List<OfficerListing>> ListOfficersAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Combine(options.Urls[0], "/api/officers"));
        request.Headers.Authorization = new("Bearer", _consoleToken);
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new LoadException($"GET /api/officers as '{options.ConsoleUser}' answered {(int)response.StatusCode}; the console account needs a console role (county)");
        return await response.Content.ReadFromJsonAsync<List<OfficerListing>>(ct) ?? [];
    }

    /// <summary>Messages name no user, so a fleet's failures group by cause.</summary>
    public async Task<LoginResponse> LoginAsync(Uri url, string username, string password, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(Combine(url, "/api/auth/login"), new LoginRequest(username, password), ct);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            throw new LoadException("sign-in rate-limited (429): start the gateway with --Dispatch:RateLimits:LoginPermitsPerMinute=100000");
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw new LoadException("sign-in refused (401): unknown account or wrong password — is the gateway running with a county file that has these officers?");
        if (!response.IsSuccessStatusCode)
            throw new LoadException($"sign-in answered {(int)response.StatusCode}");
        return await response.Content.ReadFromJsonAsync<LoginResponse>(ct) ?? throw new LoadException("sign-in answered an empty body");
    }

    static Uri Combine(Uri baseUrl, string path) => new(Display(baseUrl) + path);

    public override async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>A failure that ends the run with a plain message (no stack trace).</summary>
public sealed class LoadException(string message) : Exception(message);
