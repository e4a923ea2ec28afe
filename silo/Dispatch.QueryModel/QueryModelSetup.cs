using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Dispatch.QueryModel;

public static class QueryModelSetup
{
    /// <summary>The query model in this process's memory (embedded mode, and tests): writes are immediate.</summary>
    public static IServiceCollection AddMemoryQueryModel(this IServiceCollection services)
    {
        services.TryAddSingleton<IListingStorage, MemoryListingStorage>();
        return services.AddListings();
    }

    /// <summary>The query model in Redis (a cluster): the same Redis as the cluster's state.</summary>
    public static IServiceCollection AddRedisQueryModel(this IServiceCollection services)
    {
        services.TryAddSingleton<IListingStorage>(sp => new RedisListingStorage(sp.GetRequiredService<IConnectionMultiplexer>()));
        return services.AddListings();
    }

    static IServiceCollection AddListings(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ListingQueue))) return services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ListingQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ListingQueue>());
        services.TryAddSingleton(sp => new Listings<IncidentRecord>(sp.GetRequiredService<IListingStorage>(), IncidentListing.Shape, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new Listings<WhistleRecord>(sp.GetRequiredService<IListingStorage>(), WhistleListing.Shape, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(typeof(IListingFeed<>), typeof(ListingFeed<>));
        services.AddSingleton(sp => new ListingRetention(sp.GetRequiredService<Listings<IncidentRecord>>(), sp.GetService<Dispatch.Domain.County.CountyDirectory>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ListingRetention>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ListingRetention>());
        return services;
    }
}
