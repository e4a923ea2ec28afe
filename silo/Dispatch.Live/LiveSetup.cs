using System.Text.Json;
using System.Text.Json.Serialization;
using Dispatch.Grains.Contracts.Push;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Dispatch.Live;

public static class LiveSetup
{
    public static readonly JsonStringEnumConverter EnumsAsCamelCase = new(JsonNamingPolicy.CamelCase);

    /// <summary>
    /// SignalR as every process of the system configures it: the JSON protocol with camelCase enums and, given a
    /// Redis connection, the Redis backplane. Silos and gateways must agree on both, since silos write messages that
    /// gateways deliver.
    /// </summary>
    public static ISignalRServerBuilder AddDispatchSignalR(this IServiceCollection services, IConnectionMultiplexer? redis)
    {
        var signalR = services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 16 * 1024; // a fix is ~100 bytes; anything large is not a fix
            o.EnableDetailedErrors = false;
            o.AddFilter<DomainErrorHubFilter>();
        }).AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(EnumsAsCamelCase));
        if (redis is not null)
        {
            signalR.AddStackExchangeRedis(o =>
            {
                o.Configuration.ChannelPrefix = RedisChannel.Literal("dispatch-signalr");
                o.ConnectionFactory = _ => Task.FromResult(redis);
            });
        }
        services.AddSingleton<IConsoleFeed, SignalRConsoleFeed>();
        services.AddSingleton<IIncidentPush, SignalRIncidentPush>();
        services.AddSingleton<IWhistlePush, SignalRWhistlePush>();
        services.AddSingleton<IInspectionPush, SignalRInspectionPush>();
        return signalR;
    }
}
