using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Officers;
using Microsoft.AspNetCore.Http.HttpResults;
using Dispatch.Grains.Contracts.Officers;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Officers;

public static class OfficerEndpoints
{
    public sealed record OfficerView(
        string Id, string Code, string Name, string DepartmentId, string? TownshipId, string? ZoneId,
        OfficerStatus Status, PositionView? Position);

    public static IEndpointRouteBuilder MapOfficers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/officers").WithTags("officers");
        group.MapGet("/", List).RequireAuthorization(Policies.WatchConsole)
            .WithSummary("Officers in the caller's scope with status and last position; filter by zone, department, status.");
        group.MapGet("/{id}", Get).RequireAuthorization()
            .WithSummary("One officer; an officer may read only itself.");
        return app;
    }

    static async Task<Results<Ok<List<OfficerView>>, ValidationProblem, ForbidHttpResult>> List(
        ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains,
        string? zoneId = null, string? departmentId = null, string? status = null)
    {
        if (user.Scope() is not { } scope) return TypedResults.Forbid();
        var errors = new Dictionary<string, string[]>();
        if (zoneId is not null && !county.HasZone(zoneId) && zoneId != ZoneKeys.CountyLevel) errors["zoneId"] = [$"未知的片区：{zoneId}"];
        if (departmentId is not null && !county.HasDepartment(departmentId)) errors["departmentId"] = [$"未知的部门：{departmentId}"];
        OfficerStatus? wanted = null;
        if (status is not null)
        {
            if (WireNames.Parse<OfficerStatus>(status) is { } parsed) wanted = parsed;
            else errors["status"] = ["状态须为 offDuty、available、assigned、enRoute、onScene 或 busy"];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "查询条件无效");
        // A zone outside the caller's scope exists (the county map shows it), so say forbidden rather than not found.
        if (zoneId is not null && scope.Role == Role.ZoneDispatcher && !scope.ZoneIds.Contains(zoneId)) return TypedResults.Forbid();

        var visible = county.Officers
            .Where(scope.CanSeeOfficer)
            .Where(o => zoneId is null || (o.ZoneId ?? ZoneKeys.CountyLevel) == zoneId)
            .Where(o => departmentId is null || o.DepartmentId == departmentId)
            .ToList();
        var zones = visible.Select(o => o.ZoneId ?? ZoneKeys.CountyLevel).Distinct();
        var tables = await Task.WhenAll(zones.Select(z => grains.GetGrain<IZoneGrain>(z).GetOfficers()));
        var live = tables.SelectMany(t => t).ToDictionary(l => l.OfficerId);
        var result = visible
            .Select(o => View(o, live.GetValueOrDefault(o.Id)))
            .Where(v => wanted is null || v.Status == wanted)
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(result);
    }

    static async Task<Results<Ok<OfficerView>, NotFound>> Get(string id, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains)
    {
        // Out of scope and unknown look the same: an officer's existence is not the caller's business.
        if (county.Officer(id) is not { } profile || user.Scope() is not { } scope || !scope.CanSeeOfficer(profile))
            return TypedResults.NotFound();
        var live = await grains.GetGrain<IOfficerGrain>(id).GetLive();
        return TypedResults.Ok(View(profile, live));
    }

    static OfficerView View(OfficerProfile o, OfficerLive? live) =>
        new(o.Id, o.Code, o.Name, o.DepartmentId, o.TownshipId, o.ZoneId, live?.Status ?? OfficerStatus.OffDuty, live?.Position);
}
