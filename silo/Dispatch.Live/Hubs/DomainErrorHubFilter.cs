using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.SignalR;
using Dispatch.Grains.Contracts.Common;

namespace Dispatch.Live;

/// <summary>
/// Domain refusals reach the device as a HubException with the rule's own message; a cluster that is re-forming
/// gets a "try again" HubException; nothing else leaks.
/// </summary>
public sealed class DomainErrorHubFilter(ILogger<DomainErrorHubFilter> log) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is InvalidRequestException or RuleRefusedException or ForbiddenException)
        {
            log.LogInformation("{Hub}.{Method} refused for {User}: {Reason}",
                context.Hub.GetType().Name, context.HubMethodName, context.Context.UserIdentifier, e.Message);
            throw new HubException(e.Message);
        }
        catch (Exception e) when (ClusterFaults.IsTransient(e))
        {
            log.LogWarning(e, "{Hub}.{Method} failed for {User}: the cluster is re-forming",
                context.Hub.GetType().Name, context.HubMethodName, context.Context.UserIdentifier);
            throw new HubException("服务正在切换节点，请稍后重试");
        }
    }
}
