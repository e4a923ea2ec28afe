namespace Dispatch.Gateway.Hosting;

/// <summary>
/// A gateway may start before the silos: keep trying to reach the cluster for a while (Dispatch:Client:ConnectTimeout,
/// default 2 minutes), then give up so the process exits and its supervisor can restart it.
/// </summary>
public sealed class ConnectRetry(IConfiguration config, ILogger<ConnectRetry> log) : Orleans.IClientConnectionRetryFilter
{
    readonly DateTime _giveUpAt = DateTime.UtcNow + config.GetValue("Dispatch:Client:ConnectTimeout", TimeSpan.FromMinutes(2));
    int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken ct)
    {
        _attempt++;
        if (DateTime.UtcNow > _giveUpAt)
        {
            log.LogError(exception, "Cluster still not reachable after {Attempts} attempts; giving up", _attempt);
            return false;
        }
        log.LogWarning("Cluster not reachable yet (attempt {Attempt}): {Error}", _attempt, exception.Message);
        await Task.Delay(TimeSpan.FromSeconds(Math.Min(5, _attempt)), ct);
        return true;
    }
}
