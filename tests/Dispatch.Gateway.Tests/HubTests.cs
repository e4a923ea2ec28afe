using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Gateway.Tests;

public sealed record OfficerMoved(string OfficerId, double Lat, double Lon, string Status, DateTimeOffset Time);
public sealed record OfficerStatusChanged(string OfficerId, string Status, DateTimeOffset Time);
public sealed record ReportResult(bool Accepted, string Outcome);

/// <summary>A console connection that records what the feed pushes to it.</summary>
public sealed class ConsoleRecorder : IAsyncDisposable
{
    public ConcurrentQueue<OfficerMoved[]> Batches { get; } = new();
    public ConcurrentQueue<OfficerStatusChanged> StatusChanges { get; } = new();
    public HubConnection Connection { get; }

    ConsoleRecorder(HubConnection connection)
    {
        Connection = connection;
        connection.On<OfficerMoved[]>("officersMoved", Batches.Enqueue);
        connection.On<OfficerStatusChanged>("officerStatusChanged", StatusChanges.Enqueue);
    }

    public IEnumerable<OfficerMoved> Moves => Batches.SelectMany(b => b);

    public static async Task<ConsoleRecorder> Open(GatewayFactory gateway, string username)
    {
        var recorder = new ConsoleRecorder(await gateway.Hub("/hubs/console", username));
        await recorder.Connection.StartAsync();
        return recorder;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

public class HubTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    static readonly DateTimeOffset Start = DateTimeOffset.UtcNow.AddMinutes(-5);

    async Task<HubConnection> Device(string username)
    {
        var device = await gateway.Hub("/hubs/field", username);
        await device.StartAsync();
        return device;
    }

    [Fact]
    public async Task A_position_from_the_field_reaches_the_zone_console_in_a_batch()
    {
        await using var console = await ConsoleRecorder.Open(gateway, "dispatcher");
        await using var device = await Device("officer");

        Assert.Equal("available", await device.InvokeAsync<string>("SetOnDuty", true));
        var result = await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.4012, 119.8345, Start.AddSeconds(10)));
        Assert.Equal(new ReportResult(true, "accepted"), result);

        await Eventually.True(() => console.Moves.Any(m => m is { OfficerId: "O0001", Lat: 28.4012, Lon: 119.8345, Status: "available" }),
            "officersMoved with O0001's fix at the dispatcher console");
        Assert.Contains(console.StatusChanges, c => c is { OfficerId: "O0001", Status: "available" });
    }

    [Fact]
    public async Task A_status_change_reaches_the_console_and_the_officer_list()
    {
        await using var console = await ConsoleRecorder.Open(gateway, "township");
        await using var device = await Device("ZF00002");

        await device.InvokeAsync<string>("SetOnDuty", false);
        await device.InvokeAsync<string>("SetOnDuty", true);
        await Eventually.True(() => console.StatusChanges.Any(c => c is { OfficerId: "O0002", Status: "available" }),
            "officerStatusChanged for O0002 at the township console");

        using var http = await gateway.ClientFor("township");
        var officer = await http.GetFromJsonAsync<JsonElement>("/api/officers/O0002");
        Assert.Equal("available", officer.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_console_hears_only_its_own_audience()
    {
        // The market-regulation desk watches scjg officers county-wide; O0003 is comprehensive enforcement.
        await using var desk = await ConsoleRecorder.Open(gateway, "desk");
        await using var township = await ConsoleRecorder.Open(gateway, "township");
        await using var outsider = await Device("ZF00003");   // zhzf, T01
        await using var market = await Device("ZF00010");     // scjg, T01

        foreach (var device in new[] { outsider, market }) await device.InvokeAsync<string>("SetOnDuty", true);
        await outsider.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.40, 119.83, Start.AddSeconds(20)));
        await market.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.41, 119.84, Start.AddSeconds(20)));

        await Eventually.True(() => desk.Moves.Any(m => m.OfficerId == "O0010"), "the desk to hear its own officer");
        await Eventually.True(() => township.Moves.Any(m => m.OfficerId == "O0003") && township.Moves.Any(m => m.OfficerId == "O0010"),
            "the township console to hear both officers stationed there");
        // Both fixes were flushed in the same zone batch or before it: the desk has had its chance to hear O0003.
        Assert.DoesNotContain(desk.Moves, m => m.OfficerId == "O0003");
        Assert.All(desk.Moves, m => Assert.StartsWith("O00", m.OfficerId));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_hub_error_and_changes_nothing()
    {
        await using var device = await Device("ZF00004");
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.40, 119.83, Start.AddSeconds(30)));

        var tooFarNorth = await Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(128.4, 119.83)));
        Assert.Contains("纬度", tooFarNorth.Message);
        var future = await Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.40, 119.83, DateTimeOffset.UtcNow.AddDays(1))));
        Assert.Contains("设备时间", future.Message);
        var noTime = await Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<ReportResult>("ReportPosition", new { lat = 28.4, lon = 119.8 }));
        Assert.Contains("deviceTime", noTime.Message);
        var badAccuracy = await Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<ReportResult>("ReportPosition", Client.Fix(28.40, 119.83, accuracy: -3)));
        Assert.Contains("精度", badAccuracy.Message);
        await Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<ReportResult>("ReportPosition", new { lat = "north", lon = 119.8, deviceTime = DateTimeOffset.UtcNow }));

        using var http = await gateway.ClientFor("county");
        var officer = await http.GetFromJsonAsync<JsonElement>("/api/officers/O0004");
        Assert.Equal(28.40, officer.GetProperty("position").GetProperty("lat").GetDouble());
        Assert.Equal(HubConnectionState.Connected, device.State);
    }

    [Fact]
    public async Task An_oversized_message_is_refused()
    {
        await using var device = await Device("ZF00005");
        var closed = new TaskCompletionSource<Exception?>();
        device.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        var huge = new string('x', 64 * 1024);
        await Assert.ThrowsAnyAsync<Exception>(() => device.InvokeAsync<ReportResult>("ReportPosition", new { lat = 28.4, lon = 119.8, deviceTime = DateTimeOffset.UtcNow, note = huge }));
        var reason = await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(reason);
    }

    [Fact]
    public async Task An_officer_cannot_open_the_console_and_a_dispatcher_cannot_report_as_a_device()
    {
        await using var officerAtConsole = await gateway.Hub("/hubs/console", "officer");
        var e1 = await Assert.ThrowsAnyAsync<HttpRequestException>(() => officerAtConsole.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, e1.StatusCode);

        await using var dispatcherAsDevice = await gateway.Hub("/hubs/field", "dispatcher");
        var e2 = await Assert.ThrowsAnyAsync<HttpRequestException>(() => dispatcherAsDevice.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, e2.StatusCode);

        await using var anonymous = gateway.HubWithToken("/hubs/console", "not-a-token");
        var e3 = await Assert.ThrowsAnyAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, e3.StatusCode);
    }

    [Fact]
    public async Task An_officer_reports_only_as_itself()
    {
        // The hub takes the officer from the token; there is no way to name another officer.
        await using var device = await Device("ZF00006");
        await device.InvokeAsync<string>("SetOnDuty", true);
        await device.InvokeAsync<ReportResult>("ReportPosition", new { lat = 28.42, lon = 119.85, accuracy = 5, deviceTime = Start.AddSeconds(40), officerId = "O0007" });

        using var http = await gateway.ClientFor("county");
        var other = await http.GetFromJsonAsync<JsonElement>("/api/officers/O0007");
        Assert.Equal(JsonValueKind.Null, other.GetProperty("position").ValueKind);
        var self = await http.GetFromJsonAsync<JsonElement>("/api/officers/O0006");
        Assert.Equal(28.42, self.GetProperty("position").GetProperty("lat").GetDouble());
    }
}
