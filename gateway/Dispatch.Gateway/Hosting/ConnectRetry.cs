namespace Dispatch.Gateway.Hosting;

/// <summary>A gateway may start before the silos: keep trying to reach the cluster instead of dying.</summary>
public sealed class ConnectRetry(ILogger<ConnectRetry> log) : Orleans.IClientConnectionRetryFilter
{
    int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken ct)
    {
        _attempt++;
        log.LogWarning("Cluster not reachable yet (attempt {Attempt}): {Error}", _attempt, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, _attempt)), ct);
        return true;
    }
}
