using Dispatch.Domain.County;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Push;
using Dispatch.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.TestingHost;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Tests;

/// <summary>An in-process Orleans cluster with the demo county, memory storage and a fast feed.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    public InProcessTestCluster Cluster { get; private set; } = null!;
    public RecordingFeed Feed { get; } = new();
    public RecordingIncidentPush Pushes { get; } = new();
    public RecordingWhistlePush WhistlePushes { get; } = new();
    public RecordingInspectionPush InspectionPushes { get; } = new();
    /// <summary>The silo's query model (lists and history), which a test can make unreachable.</summary>
    public FailableListingStorage QueryStore { get; } = new();
    /// <summary>The whistle list as the gateway reads it, over the silo's query store.</summary>
    public Listings<WhistleRecord> WhistleListings => new(QueryStore, WhistleListing.Shape, TimeProvider.System);
    /// <summary>The incidents' clock: tests run it forward to pass deadlines.</summary>
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);
    public IGrainFactory Grains => Cluster.Client;
    /// <summary>12345 results go here; it refuses the first delivery, so one retry is always pending.</summary>
    public WebhookListener Webhook { get; } = new(failFirst: 1);
    /// <summary>Long enough that the retry timer never fires within a test: only the reminder (every minute) sends it.</summary>
    public static readonly TimeSpan HotlineFirstRetry = TimeSpan.FromMinutes(30);

    public async Task InitializeAsync() => Cluster = await Start(silo => silo.AddMemoryGrainStorage(StorageNames.Dispatch));

    /// <summary>
    /// Deploys a one-silo cluster of the demo county with this fixture's recording ports and clock, over the grain
    /// storage <paramref name="storage"/> adds; a fixed <paramref name="serviceId"/> lets a second cluster read what a
    /// first one stored.
    /// </summary>
    public async Task<InProcessTestCluster> Start(Action<ISiloBuilder> storage, string? serviceId = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dispatch:Feed:FlushInterval"] = "00:00:00.100",
            ["Dispatch:Hotline:WebhookUrl"] = Webhook.Url,
            ["Dispatch:Hotline:FirstRetryDelay"] = HotlineFirstRetry.ToString("c"),
        }).Build();
        var builder = new InProcessTestClusterBuilder(1);
        if (serviceId is not null) builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            storage(silo);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton(County);
            silo.Services.AddSingleton<IConsoleFeed>(Feed);
            silo.Services.AddSingleton<IIncidentPush>(Pushes);
            silo.Services.AddSingleton<IWhistlePush>(WhistlePushes);
            silo.Services.AddSingleton<IInspectionPush>(InspectionPushes);
            silo.Services.AddSingleton(new DispatchClock(Clock));
            silo.Services.AddSingleton<IListingStorage>(QueryStore);
            silo.AddDispatchGrains(config);
            if (Environment.GetEnvironmentVariable("DISPATCH_TEST_LOGS") == "1")
                silo.Services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug).AddFilter("Orleans", Microsoft.Extensions.Logging.LogLevel.Warning));
        });
        builder.ConfigureClient(client => client.Services.AddDomainSerialization());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    public async Task DisposeAsync()
    {
        if (Cluster is { } cluster) await cluster.DisposeAsync();
        Webhook.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "orleans cluster";
}
