using Dispatch.Domain.County;
using System.Security.Claims;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.County;

public static class CountyEndpoints
{
    public sealed record CountyView(
        string Id, string Name, LatLon Center,
        IReadOnlyList<ZoneView> Zones, IReadOnlyList<TownshipData> Townships,
        IReadOnlyList<GridData> Grids, IReadOnlyList<DepartmentData> Departments);

    public sealed record ZoneView(string Id, string Name, IReadOnlyList<string> TownshipIds);

    public static IEndpointRouteBuilder MapCounty(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/county", Get)
            .RequireAuthorization()
            .WithTags("county")
            .Produces<CountyView>()
            .WithSummary("Zones, townships (GeoJSON outlines), grids and departments the caller may see.");
        return app;
    }

    static IResult Get(ClaimsPrincipal user, CountyDirectory county)
    {
        if (user.Scope() is not { } scope) return Results.Forbid();
        var townships = county.Data.Townships.Where(t => scope.CanSeeTownship(t, county)).ToList();
        var townshipIds = townships.Select(t => t.Id).ToHashSet();
        var zones = county.Data.Zones
            .Select(z => new ZoneView(z.Id, z.Name, townships.Where(t => t.ZoneId == z.Id).Select(t => t.Id).ToList()))
            .Where(z => z.TownshipIds.Count > 0 || scope.ZoneIds.Contains(z.Id))
            .ToList();
        var grids = county.Data.Grids.Where(g => townshipIds.Contains(g.TownshipId)).ToList();
        return Results.Ok(new CountyView(county.Data.Id, county.Data.Name, county.Data.Center, zones, townships, grids, county.Data.Departments));
    }
}
