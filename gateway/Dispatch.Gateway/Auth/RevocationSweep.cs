namespace Dispatch.Gateway.Auth;

/// <summary>
/// Every <c>Dispatch:Auth:RevocationSweepInterval</c> (default 30 s) closes hub connections whose account's tokens were
/// revoked: the announcement over Redis closes them at once, this bounds how long one lost announcement keeps them open.
/// </summary>
public sealed class RevocationSweep(TokenRevocations revocations, IConfiguration config, ILogger<RevocationSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var every = config.GetValue("Dispatch:Auth:RevocationSweepInterval", TimeSpan.FromSeconds(30));
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stop))
        {
            try { await revocations.SweepHubs(); }
            catch (Exception e) { log.LogWarning(e, "Revocation sweep failed; trying again in {Interval}", every); }
        }
    }
}
