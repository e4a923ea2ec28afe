using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dispatch.Load;

/// <summary>
/// The floor: what the same fleet and console measure against a bare SignalR hub in this process, on Kestrel at
/// 127.0.0.1:0. Each device's <c>Echo(fix)</c> is broadcast at once, as a one-entry <c>officersMoved</c>, to the
/// group the console joined — the system's fan-in path without sign-in, Orleans, storage or the batching window.
/// Both ends of every connection live in this process, so the floor is a conservative (slightly high) baseline.
/// </summary>
public sealed class EchoFloor(WebApplication app, Uri baseUrl, RunOptions options) : DeviceTarget
{
    public const string ConsoleGroup = "console";

    public override string Name => "floor";
    public override string Address => $"in-process bare SignalR echo at {Display(baseUrl)}";

    public static async Task<EchoFloor> StartAsync(RunOptions options, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<EchoFieldHub>(HubNames.FieldHub);
        app.MapHub<EchoConsoleHub>(HubNames.ConsoleHub);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EchoFloor(app, new Uri(address), options);
    }

    public override HubConnection BuildConsoleConnection() => BuildHub(baseUrl, HubNames.ConsoleHub, null);

    public override async Task<Device> ConnectDeviceAsync(int index, CancellationToken ct)
    {
        var officerId = options.DefaultOfficerId(index);
        var connection = BuildHub(baseUrl, $"{HubNames.FieldHub}?officer={officerId}", null);
        try
        {
            await connection.StartAsync(ct);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync();
            if (ct.IsCancellationRequested) throw;
            throw new ConnectStepException("hub connect", e);
        }
        return new Device(index, officerId, connection);
    }

    public override Task<ReportAck> SendAsync(Device device, FixReport fix, CancellationToken ct) =>
        device.Connection.InvokeAsync<ReportAck>(HubNames.Echo, fix, ct);

    public override async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await app.StopAsync(timeout.Token); }
        finally { await app.DisposeAsync(); }
        await base.DisposeAsync();
    }
}

/// <summary>
/// The floor's field hub: echoes each fix to the console group straight away, through the console hub's context
/// (groups belong to a hub type), as the system's relay does with its ConsoleHub context.
/// </summary>
public sealed class EchoFieldHub(IHubContext<EchoConsoleHub> console) : Hub
{
    static readonly ReportAck Accepted = new(true, "accepted");

    public override Task OnConnectedAsync()
    {
        Context.Items["officer"] = Context.GetHttpContext()?.Request.Query["officer"].ToString() ?? Context.ConnectionId;
        return base.OnConnectedAsync();
    }

    public async Task<ReportAck> Echo(FixReport fix)
    {
        var officerId = (string)Context.Items["officer"]!;
        await console.Clients.Group(EchoFloor.ConsoleGroup).SendAsync(HubNames.OfficersMoved,
            new[] { new MovedEntry(officerId, fix.Lat, fix.Lon, "available", fix.DeviceTime) });
        return Accepted;
    }
}

/// <summary>The floor's console hub: every connection joins the one group the field hub broadcasts to.</summary>
public sealed class EchoConsoleHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, EchoFloor.ConsoleGroup);
        await base.OnConnectedAsync();
    }
}
