using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Cluster.Tests;

/// <summary>Silos die under an officer on duty: its own cluster, so no other test runs through the failover.</summary>
public class OfficerDurabilityTests(TwoSiloOneGatewayCluster fixture) : IClassFixture<TwoSiloOneGatewayCluster>
{
    [Fact]
    public async Task Officer_state_survives_silo_kills_and_comes_back_from_redis()
    {
        var cluster = fixture.Cluster;
        using var http = await Api.Http(cluster.Gateways[0].Url, "county");
        await using var device = await Api.Hub(cluster.Gateways[0].Url, "/hubs/field", "ZF00020");
        Assert.Equal("available", await device.InvokeAsync<string>("SetOnDuty", true));

        // Kill the first silo, then add a fresh one and kill the second: whichever silo held the officer died,
        // and the only silo left never had it in memory, so the state it shows came from Redis.
        cluster.Silos[0].Process.Kill();
        await AssertStatus(http, "O0020", "available");
        await cluster.AddSilo();
        cluster.Silos[1].Process.Kill();
        await AssertStatus(http, "O0020", "available");

        // And the officer keeps working through the device's own (reconnected) connection.
        var result = await Eventually.Value(
            async () =>
            {
                try { return await device.InvokeAsync<ReportResult>("ReportPosition", Api.Fix(28.45, 119.92, DateTimeOffset.UtcNow)); }
                catch (HubException e) when (e.Message.Contains("稍后重试")) { return null; } // the cluster is re-forming: try again
            },
            r => r is { Accepted: true }, "a fix accepted after failover", 60_000);
        Assert.Equal("accepted", result!.Outcome);
    }

    static async Task AssertStatus(HttpClient http, string officerId, string status) =>
        await Eventually.Value(async () => (await Api.ReadThroughFailover(http, $"/api/officers/{officerId}")).GetProperty("status").GetString(),
            s => s == status, $"{officerId} to read as {status} after the silo kill", 60_000);
}
