namespace Dispatch.Cluster.Tests;

public sealed class TwoSiloTwoGatewayCluster : IAsyncLifetime
{
    public LocalCluster Cluster { get; private set; } = null!;
    public async Task InitializeAsync() => Cluster = await LocalCluster.Start(silos: 2, gateways: 2);
    public async Task DisposeAsync() { if (Cluster is not null) await Cluster.DisposeAsync(); }
}
