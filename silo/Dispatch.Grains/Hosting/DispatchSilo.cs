using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Push;
using Dispatch.Grains.Feed;
using Dispatch.Grains.Officers;
using Dispatch.Grains.Simulation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using Dispatch.QueryModel;

namespace Dispatch.Grains.Hosting;

/// <summary>
/// Silo set-up shared by the embedded gateway and the cluster silo host. The host registers the
/// <see cref="Dispatch.Domain.County.CountyDirectory"/> it loaded and the <see cref="IConsoleFeed"/> batches go
/// to; everything else is here.
/// </summary>
public static class DispatchSilo
{
    /// <summary>One process: localhost clustering, memory storage and reminders.</summary>
    public static ISiloBuilder UseDispatchEmbedded(this ISiloBuilder silo, IConfiguration config)
    {
        var o = ClusterSettings.From(config);
        silo.UseLocalhostClustering(o.SiloPort, o.GatewayPort, serviceId: o.ServiceId, clusterId: o.ClusterId);
        silo.AddMemoryGrainStorage(StorageNames.Dispatch);
        silo.UseInMemoryReminderService();
        silo.Services.AddMemoryQueryModel();
        return silo.AddDispatchGrains(config);
    }

    /// <summary>A real cluster: Redis for membership, grain state and reminders.</summary>
    public static ISiloBuilder UseDispatchCluster(this ISiloBuilder silo, IConfiguration config)
    {
        var o = ClusterSettings.From(config);
        var redis = o.RequireRedis();
        silo.Configure<ClusterOptions>(c => { c.ClusterId = o.ClusterId; c.ServiceId = o.ServiceId; });
        silo.ConfigureEndpoints(o.AdvertisedAddress, o.SiloPort, o.GatewayPort, listenOnAnyHostAddress: o.ListenOnAny);
        silo.UseRedisClustering(c => c.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.AddRedisGrainStorage(StorageNames.Dispatch, c => c.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.UseRedisReminderService(c => c.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.Configure<ClusterMembershipOptions>(config.GetSection("Dispatch:Membership"));
        silo.Services.AddRedisQueryModel();
        return silo.AddDispatchGrains(config);
    }

    public static ISiloBuilder AddDispatchGrains(this ISiloBuilder silo, IConfiguration config)
    {
        var services = silo.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new DispatchClock(TimeProvider.System));
        services.TryAddSingleton(config.GetSection("Dispatch:Positions").Get<PositionRuleSettings>() ?? new PositionRuleSettings());
        services.Configure<OfficerSettings>(config.GetSection("Dispatch:Officers"));
        services.Configure<FeedSettings>(config.GetSection("Dispatch:Feed"));
        services.Configure<SimulatorSettings>(config.GetSection("Dispatch:Simulator"));
        services.AddHostedService<DemoSimulator>();
        var hotline = config.GetSection("Dispatch:Hotline").Get<Hotline.HotlineSettings>() ?? new();
        services.TryAddSingleton(hotline);
        services.TryAddSingleton<Hotline.HotlineWebhook>();
        services.AddDomainSerialization();
        // The query model in memory unless the host chose Redis (the cluster) before this.
        services.AddMemoryQueryModel();
        // Grain state is stored with the Orleans serializer (domain records through its JSON codec), not the default
        // Newtonsoft storage serializer, whose $type names cannot name the collections C# collection expressions make.
        services.AddSingleton<Orleans.Storage.IGrainStorageSerializer>(sp =>
            new Orleans.Storage.OrleansGrainStorageSerializer(sp.GetRequiredService<Orleans.Serialization.Serializer>()));
        return silo;
    }
}
