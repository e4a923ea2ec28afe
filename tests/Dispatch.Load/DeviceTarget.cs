using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Load;

/// <summary>
/// What a run drives: the real system (<see cref="SystemTarget"/>) or the bare echo floor (<see cref="EchoFloor"/>).
/// The fleet, the console probe and the figures are the same for both, so the two runs compare like for like.
/// </summary>
public abstract class DeviceTarget : IAsyncDisposable
{
    public abstract string Name { get; }
    public abstract string Address { get; }

    /// <summary>Checks the target is there and signs the console in.</summary>
    public virtual Task PrepareAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Heads the target's part of the output, then <see cref="PrepareAsync"/>.</summary>
    public Task AnnounceAsync(CancellationToken ct)
    {
        Console.WriteLine();
        Console.WriteLine($"== {Name}: {Address} ==");
        return PrepareAsync(ct);
    }

    /// <summary>The console's connection, built but not started (the probe registers its handlers first).</summary>
    public abstract HubConnection BuildConsoleConnection();

    /// <summary>Signs device <paramref name="index"/> in, connects it and puts it on duty.</summary>
    public abstract Task<Device> ConnectDeviceAsync(int index, CancellationToken ct);

    public abstract Task<ReportAck> SendAsync(Device device, FixReport fix, CancellationToken ct);

    /// <summary>Where the system last saw each officer, by officer id; devices start walking from there.</summary>
    public virtual Task<IReadOnlyDictionary<string, OfficerPosition>> LastPositionsAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, OfficerPosition>>(new Dictionary<string, OfficerPosition>());

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    public static string Display(Uri url) => url.ToString().TrimEnd('/');

    /// <summary>A real SignalR .NET client over WebSockets, JSON protocol; no negotiate round trip.</summary>
    public static HubConnection BuildHub(Uri baseUrl, string pathAndQuery, Func<Task<string?>>? accessToken) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(Display(baseUrl) + pathAndQuery), HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                if (accessToken is not null) o.AccessTokenProvider = accessToken;
            })
            .Build();
}

/// <summary>One simulated field device: its officer, its hub connection and the line it walks.</summary>
public sealed class Device(int index, string officerId, HubConnection connection, string? accessToken = null)
{
    public int Index { get; } = index;
    public string OfficerId { get; } = officerId;
    public HubConnection Connection { get; } = connection;
    /// <summary>The officer's bearer token (system target only), for the REST calls a device makes.</summary>
    public string? AccessToken { get; } = accessToken;
    public Trajectory? Path { get; set; }
    public volatile bool Closed;
}

/// <summary>A device's connect failure, naming the step that failed (sign-in, hub connect, SetOnDuty).</summary>
public sealed class ConnectStepException(string step, Exception inner) : Exception($"{step}: {FleetCounters.Describe(inner)}", inner)
{
    public string Step { get; } = step;
}
