using Microsoft.Extensions.Logging;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Live;

/// <summary>
/// Dispatchers' consoles. On connect a console joins the audiences its scope allows (its zones, its department,
/// its township); the feed pushes <c>officersMoved</c> batches and <c>officerStatusChanged</c> to them.
/// </summary>
[Authorize(Policy = Policies.LiveUpdates)]
public sealed class ConsoleHub(CountyDirectory county, ILogger<ConsoleHub> log) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var scope = Context.User!.Scope() ?? throw new HubException("无权访问");
        // Everyone also hears about the incidents they reported themselves (a grid worker's page).
        var audiences = scope.ConsoleAudiences(county).Append(IncidentScope.Reporter(scope.Username)).ToList();
        foreach (var audience in audiences)
            await Groups.AddToGroupAsync(Context.ConnectionId, audience);
        log.LogInformation("Console {User} ({Role}) connected, watching {Audiences}", scope.Username, scope.Role, audiences);
        await base.OnConnectedAsync();
    }
}
