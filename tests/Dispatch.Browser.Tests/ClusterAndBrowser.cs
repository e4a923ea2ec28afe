using Dispatch.Testing;

namespace Dispatch.Browser.Tests;

/// <summary>
/// The browser tests' system in cluster mode: redis-server, one silo and two gateways as separate processes, the
/// console served by both; browser contexts take the gateways in turn, so what one user does reaches the next user
/// through the Redis backplane.
/// </summary>
public sealed class ClusterAndBrowser : GatewayAndBrowser
{
    LocalCluster? _cluster;

    public override string GatewayOutput => _cluster?.Logs ?? "";

    protected override async Task<IReadOnlyList<string>> StartBackend()
    {
        _cluster = await LocalCluster.Start(silos: 1, gateways: 2, TestSettings());
        return _cluster.Gateways.Select(g => g.Url.ToString().TrimEnd('/')).ToList();
    }

    protected override ValueTask StopBackend() => _cluster?.DisposeAsync() ?? ValueTask.CompletedTask;
}
