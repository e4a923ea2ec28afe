using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Dispatch.Browser.Tests;

/// <summary>
/// One embedded gateway process (demo county, simulator off: only the tests move officers) serving the console
/// from web-console/dist, and one headless Chromium; each test gets its own browser context (own sessionStorage).
/// </summary>
public sealed class GatewayAndBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    HostProcess? _gateway;
    IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string GatewayOutput => _gateway?.Output ?? "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new FileNotFoundException("Chromium is not installed (apt-get install -y chromium); browsers are never downloaded here", Chromium);
        var consoleRoot = Path.Combine(Repo.Root, "web-console", "dist");
        if (!File.Exists(Path.Combine(consoleRoot, "index.html")))
            throw new FileNotFoundException("The console is not built (cd web-console && npm run build)", Path.Combine(consoleRoot, "index.html"));

        var port = FreePorts.Next();
        BaseUrl = $"http://127.0.0.1:{port}";
        _gateway = HostProcess.Start("gateway", Repo.GatewayDll, new Dictionary<string, string>
        {
            ["Urls"] = BaseUrl,
            ["Dispatch:Mode"] = "Embedded",
            ["Dispatch:Orleans:SiloPort"] = FreePorts.Next().ToString(),
            ["Dispatch:Orleans:GatewayPort"] = FreePorts.Next().ToString(),
            ["Dispatch:Simulator:Enabled"] = "false",
            ["Dispatch:RateLimits:LoginPermitsPerMinute"] = "1000",
            ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = "1000",
            ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = "1000",
            ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = "1000",
            ["Dispatch:RateLimits:ExternalIntakePerAddressPerMinute"] = "1000",
            ["Dispatch:ConsoleRoot"] = consoleRoot,
        });
        await _gateway.WaitUntilReady(BaseUrl + "/health/ready");
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Http?.Dispose();
        if (_gateway is not null) await _gateway.DisposeAsync();
    }

    public async Task<string> Token(string username, string password = "demo")
    {
        using var response = await Http.PostAsJsonAsync("/api/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async Task<JsonElement> Get(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    /// <summary>POST a JSON body as the token's user; the answer must be a success.</summary>
    public async Task<JsonElement> Post(string path, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    /// <summary>A field device signed in as <paramref name="username"/> on /hubs/field, connected.</summary>
    public async Task<HubConnection> FieldDevice(string username)
    {
        var token = await Token(username);
        var hub = new HubConnectionBuilder()
            .WithUrl(BaseUrl + "/hubs/field", o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await hub.StartAsync();
        return hub;
    }
}
