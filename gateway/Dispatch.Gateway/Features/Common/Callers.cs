using System.Security.Claims;
using Dispatch.Domain.Common;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Common;

/// <summary>Who is calling, as the domain names it: bound the same way by every feature's endpoints.</summary>
public static class Callers
{
    /// <summary>The signed-in caller as an actor; a token that carries no scope is refused (403).</summary>
    public static Actor ActorOf(ClaimsPrincipal user) =>
        new(user.Scope() ?? throw new ForbiddenException("无权访问"), user.DisplayName());
}
