using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Orleans.TestingHost;
using StackExchange.Redis;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Tests;

/// <summary>
/// The office's record as a running cluster's Redis holds it: written when one grain held every year, it moves into the
/// years as they first open, and a cluster started again on the same Redis reads the years back and numbers on.
/// </summary>
public sealed class InspectionOfficeOnRedisTests : IAsyncLifetime
{
    const string CountyKey = "demo";
    readonly ClusterFixture _ports = new();
    RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.Start();

    public async Task DisposeAsync()
    {
        await _ports.DisposeAsync();
        await _redis.DisposeAsync();
    }

    Task<InProcessTestCluster> Start() => _ports.Start(silo => silo.AddRedisGrainStorage(StorageNames.Dispatch,
        c => c.ConfigurationOptions = ConfigurationOptions.Parse(_redis.ConnectionString)), serviceId: "office-on-redis");

    [Fact]
    public async Task The_old_record_in_redis_moves_into_the_years_and_a_cluster_started_again_reads_them_back()
    {
        OldInspectionOffice old;
        await using (var first = await Start())
        {
            old = await OldInspectionOffice.Create(first.Client);
            await old.Store(first, CountyKey);
            await old.HeldByTheYears(first.Client, CountyKey);
            Assert.Equal(old.EmptiedSize, await first.Client.Office(CountyKey).StateSize());
        }

        await using var second = await Start();
        await old.HeldByTheYears(second.Client, CountyKey);
        Assert.Equal(old.EmptiedSize, await second.Client.Office(CountyKey).StateSize());
        var e2 = old.Enterprises[2];
        var filed = await second.Client.OfficeYear(CountyKey, 2045)
            .FileAdhoc(new AdhocCheckRequest("scjg", e2.CreditCode, "scjg-pricing", new DateOnly(2045, 6, 1), AdhocExemption.SpecialCampaign), e2.Name, "desk-scjg");
        Assert.Equal("A00004", filed.Id);
    }
}
