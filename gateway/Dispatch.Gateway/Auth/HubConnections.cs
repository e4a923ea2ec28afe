using System.Collections.Concurrent;
using System.Security.Claims;
using Dispatch.Live;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Gateway.Auth;

/// <summary>A hub filter that knows this gateway's open hub connections per account, so a revocation can close them.</summary>
public sealed class HubConnections : IHubFilter
{
    readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byUser = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        if (context.Context.User?.FindFirst(DispatchClaims.Subject)?.Value is { Length: > 0 } username)
            _byUser.GetOrAdd(username, _ => new()).TryAdd(context.Context.ConnectionId, context.Context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.User?.FindFirst(DispatchClaims.Subject)?.Value is { Length: > 0 } username &&
            _byUser.TryGetValue(username, out var connections))
            connections.TryRemove(context.Context.ConnectionId, out _);
        return next(context, exception);
    }

    /// <summary>Accounts with an open hub connection on this gateway.</summary>
    public IReadOnlyList<string> Users() => _byUser.Where(u => !u.Value.IsEmpty).Select(u => u.Key).ToList();

    /// <summary>Aborts this account's connections whose token was issued before <paramref name="before"/>; returns how many.</summary>
    public int CloseIssuedBefore(string username, DateTimeOffset before)
    {
        if (!_byUser.TryGetValue(username, out var connections)) return 0;
        var closed = 0;
        foreach (var (id, connection) in connections)
        {
            if (connection.User is null || TokenRevocations.IssuedAt(connection.User) >= before) continue;
            connection.Abort();
            connections.TryRemove(id, out _);
            closed++;
        }
        return closed;
    }
}
