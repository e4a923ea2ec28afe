using Dispatch.Grains.Contracts;

namespace Dispatch.Gateway.Hubs;

/// <summary>
/// Keeps this gateway's relay registered with the cluster: one subscription per gateway, refreshed every few
/// seconds so a registry that moved to another silo (or a silo that restarted) learns of it again at once.
/// </summary>
public sealed class RelayRegistration(IGrainFactory grains, PushRelay relay, ILogger<RelayRegistration> log) : BackgroundService
{
    static readonly TimeSpan Every = TimeSpan.FromSeconds(3);
    readonly string _gatewayId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}"[..^24];
    IPushRelay? _reference;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registry = grains.GetGrain<IGatewayRegistryGrain>(0);
        var registered = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _reference ??= grains.CreateObjectReference<IPushRelay>(relay);
                await registry.Register(_gatewayId, _reference).WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                if (!registered) log.LogInformation("Gateway relay {GatewayId} registered", _gatewayId);
                registered = true;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                registered = false;
                log.LogWarning("Gateway relay registration failed, retrying: {Error}", e.Message);
            }
            try { await Task.Delay(Every, stoppingToken); } catch (OperationCanceledException) { }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IGatewayRegistryGrain>(0).Unregister(_gatewayId).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (Exception e)
        {
            log.LogDebug("Unregister on shutdown failed: {Error}", e.Message);
        }
        if (_reference is not null) grains.DeleteObjectReference<IPushRelay>(_reference);
        await base.StopAsync(cancellationToken);
    }
}
