using Dispatch.Domain.Access;
using System.Security.Claims;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Accounts;

public static class MeEndpoints
{
    public sealed record MeResponse(
        string Username, Role Role, string DisplayName, IReadOnlyList<string> ZoneIds,
        string? TownshipId, string? DepartmentId, string? OfficerId, string? GridId,
        /// <summary>Township staff who approve the township's whistles.</summary>
        bool Approver);

    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/me", (ClaimsPrincipal user) =>
            user.Scope() is { } s
                ? Results.Ok(new MeResponse(s.Username, s.Role, user.DisplayName(), s.ZoneIds, s.TownshipId, s.DepartmentId, s.OfficerId, s.GridId, s.Approver))
                : Results.Forbid())
            .RequireAuthorization()
            .WithTags("auth")
            .Produces<MeResponse>();
        return app;
    }
}
