using Dispatch.Gateway.Auth;
using Dispatch.Gateway.Features.Operations;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Hosting;
using Dispatch.Grains.Simulation;
using Orleans.Configuration;
using StackExchange.Redis;
using Dispatch.Hosting;
using Dispatch.Live;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Hosting;

public static class BackendSetup
{
    /// <summary>
    /// Embedded: this process is also the silo (memory storage, demo simulator on), and its feed publishes to the
    /// in-process hubs. Cluster: an Orleans client on Redis clustering, and SignalR on the Redis backplane, through
    /// which the silos' feeds reach the consoles connected to every gateway.
    /// </summary>
    public static DispatchMode AddDispatchBackend(this WebApplicationBuilder builder, ILogger log)
    {
        var config = builder.Configuration;
        var services = builder.Services;
        var mode = Enum.Parse<DispatchMode>(config["Dispatch:Mode"] is { Length: > 0 } m ? m : "Embedded", ignoreCase: true);
        var embedded = mode == DispatchMode.Embedded;
        var demoAccounts = config.GetValue<bool?>("Dispatch:County:DemoAccounts") ?? embedded;

        var county = CountyLoading.Load(config, demoAccounts, log);
        services.AddSingleton(county);
        services.AddSingleton(new AccountDirectory(county));
        services.AddSingleton(new SystemInfo(
            embedded ? "embedded" : "cluster", embedded ? "memory" : "redis", county.Data.Id == "demo", county.Data.Name));
        services.TryAddTimeProvider();

        var health = services.AddHealthChecks().AddReadyCheck<OrleansHealthCheck>("orleans");
        if (OpenApiSetup.WritingDocument)
        {
            // The build only wants the routes: the handlers' services must be known as services (so that the document
            // does not take them for request bodies), but nothing may start or connect.
            services.AddSingleton<IClusterClient>(_ => throw new InvalidOperationException("No Orleans while writing the OpenAPI document"));
            services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<IClusterClient>());
            services.AddDispatchSignalR(redis: null);
            services.AddMemoryQueryModel();
        }
        else if (embedded)
        {
            // The demo county comes alive unless told otherwise; bound settings below override this default.
            services.Configure<SimulatorSettings>(s => s.Enabled = true);
            builder.UseOrleans(silo => silo.UseDispatchEmbedded(config));
            services.AddDispatchSignalR(redis: null);
        }
        else
        {
            var cluster = ClusterSettings.From(config);
            var redisOptions = ConfigurationOptions.Parse(cluster.RequireRedis());
            redisOptions.AbortOnConnectFail = false; // start, report not-ready, and connect when Redis is back
            var redis = ConnectionMultiplexer.Connect(redisOptions);
            services.AddSingleton<IConnectionMultiplexer>(redis);
            health.AddReadyCheck<RedisHealthCheck>("redis");
            services.AddSingleton<Orleans.IClientConnectionRetryFilter, ConnectRetry>();
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(c => { c.ClusterId = cluster.ClusterId; c.ServiceId = cluster.ServiceId; });
                client.UseRedisClustering(c => c.ConfigurationOptions = ConfigurationOptions.Parse(cluster.RequireRedis()));
                client.Configure<GatewayOptions>(config.GetSection("Dispatch:Client"));
                // A call to a grain on a silo that just died waits for this before the caller gets 503 "try again":
                // a dispatcher should not stare at a spinner for Orleans' default 30 s. Every real call takes milliseconds.
                client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
                client.Configure<ClientMessagingOptions>(config.GetSection("Dispatch:Client"));
                client.Services.AddDomainSerialization();
            });
            services.AddDispatchSignalR(redis);
            // Lists and history are read from the query model the silos keep in the same Redis.
            services.AddRedisQueryModel();
        }
        return mode;
    }

    static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
