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
/// <see cref="ClusterAndBrowser"/> runs the same against a cluster.
/// </summary>
public class GatewayAndBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    HostProcess? _gateway;
    IPlaywright? _playwright;

    /// <summary>Every gateway the console is served from; browser contexts take them in turn.</summary>
    public IReadOnlyList<string> BaseUrls { get; private set; } = [];
    public string BaseUrl => BaseUrls[0];
    public IBrowser Browser { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public virtual string GatewayOutput => _gateway?.Output ?? "";

    protected static string ConsoleRoot => Path.Combine(Repo.Root, "web-console", "dist");

    /// <summary>Where the system sends 12345 results (one try each: a refused result is a dead letter at once).</summary>
    public WebhookReceiver Webhook { get; } = new();

    /// <summary>Settings every test host gets: no simulator, limits far above what the tests send, the built console.</summary>
    protected Dictionary<string, string> TestSettings() => new()
    {
        ["Dispatch:Hotline:WebhookUrl"] = Webhook.Url,
        ["Dispatch:Hotline:MaxAttempts"] = "1",
        // A cluster accepts only configured keys (embedded mode falls back to these demo keys by itself).
        ["Dispatch:Hotline:ApiKeys:0"] = "demo-hotline-key",
        ["Dispatch:Open311:ApiKeys:0"] = "demo-open311-key",
        ["Dispatch:Simulator:Enabled"] = "false",
        ["Dispatch:RateLimits:LoginPermitsPerMinute"] = "1000",
        ["Dispatch:RateLimits:LoginPerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:IntakePerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:ActionsPerAccountPerMinute"] = "1000",
        ["Dispatch:RateLimits:ExternalIntakePerAddressPerMinute"] = "1000",
        ["Dispatch:ConsoleRoot"] = ConsoleRoot,
    };

    /// <summary>Starts the system and answers the console's base URLs.</summary>
    protected virtual async Task<IReadOnlyList<string>> StartBackend()
    {
        var baseUrl = $"http://127.0.0.1:{FreePorts.Next()}";
        var settings = TestSettings();
        settings["Urls"] = baseUrl;
        settings["Dispatch:Mode"] = "Embedded";
        settings["Dispatch:Orleans:SiloPort"] = FreePorts.Next().ToString();
        settings["Dispatch:Orleans:GatewayPort"] = FreePorts.Next().ToString();
        _gateway = HostProcess.Start("gateway", Repo.GatewayDll, settings);
        await _gateway.WaitUntilReady(baseUrl + "/health/ready");
        return [baseUrl];
    }

    protected virtual ValueTask StopBackend() => _gateway?.DisposeAsync() ?? ValueTask.CompletedTask;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new FileNotFoundException("Chromium is not installed (apt-get install -y chromium); browsers are never downloaded here", Chromium);
        if (!File.Exists(Path.Combine(ConsoleRoot, "index.html")))
            throw new FileNotFoundException("The console is not built (cd web-console && npm run build)", Path.Combine(ConsoleRoot, "index.html"));

        BaseUrls = await StartBackend();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(10) };

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Env = ChineseBrowser(),
        });
    }

    /// <summary>
    /// The county's users run a Chinese browser: Chromium's own words and the date fields' 年/月/日 follow the process
    /// language (headless ignores --lang). That takes Debian's chromium-l10n; without it Chromium stays English and nothing
    /// else changes. The rest of the environment is passed on as it is.
    /// </summary>
    static Dictionary<string, string> ChineseBrowser()
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? "");
        // Chromium may read LANGUAGE, LC_ALL or LC_MESSAGES before LANG: only LANG is left to say it.
        foreach (var first in new[] { "LANGUAGE", "LC_ALL", "LC_MESSAGES" }) env.Remove(first);
        env["LANG"] = "zh_CN.UTF-8";
        return env;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Http?.Dispose();
        await StopBackend();
        await Webhook.DisposeAsync();
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
