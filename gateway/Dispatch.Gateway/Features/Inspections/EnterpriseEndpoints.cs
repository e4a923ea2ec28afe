using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Dispatch.Grains.Contracts.Inspections;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The enterprise directory (监管对象名录): import from CSV, list and read, scoped like townships.</summary>
public static class EnterpriseEndpoints
{
    public static IEndpointRouteBuilder MapEnterprises(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/enterprises").WithTags("inspections");
        group.MapPost("/import", Import).RequireAuthorization(p => p.RequireRole(Roles.Planner, Roles.Admin)).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(20 * 1024 * 1024))
            .Produces<DirectoryImport.ImportAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Import the directory from a CSV (multipart field 'file'): every row valid or nothing imported (400 lists every row's errors); ?dryRun=true only checks.");
        group.MapGet("/", List).RequireAuthorization(Readers).Produces<List<EnterpriseView>>()
            .WithSummary("Enterprises in the caller's area (a zone centre its zones', township staff their township's); filter by township, industry, or name/code text q.");
        group.MapGet("/{id}", Get).RequireAuthorization(Readers).Produces<EnterpriseView>().Produces(StatusCodes.Status404NotFound);
        return app;
    }

    static void Readers(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder p) =>
        p.RequireRole([.. Policies.ConsoleRoleNames, Roles.Planner]);

    static IEnterpriseDirectoryGrain Directory(IGrainFactory grains, CountyDirectory county) => grains.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id);

    static Task<IResult> Import(IFormFile? file, IGrainFactory grains, CountyDirectory county, bool dryRun = false) =>
        DirectoryImport.Handle(file, dryRun, EnterpriseImport.Columns, rows => EnterpriseImport.Check(rows, county),
            records => Directory(grains, county).Import(records),
            async () => (await Directory(grains, county).List()).Select(e => e.CreditCode).ToHashSet(), e => e.CreditCode);

    static bool Sees(Scope s, EnterpriseRecord e, CountyDirectory county) =>
        county.Township(e.TownshipId) is { } t && s.CanSeeTownship(t, county);

    static async Task<IResult> List(ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, string? townshipId = null, string? industry = null, string? q = null)
    {
        if (user.Scope() is not { } scope) return Results.Forbid();
        var all = await Directory(grains, county).List();
        return Results.Ok(all
            .Where(e => Sees(scope, e, county))
            .Where(e => townshipId is null || e.TownshipId == townshipId)
            .Where(e => industry is null || e.Industry == industry)
            .Where(e => string.IsNullOrWhiteSpace(q) || e.Name.Contains(q.Trim(), StringComparison.Ordinal) || e.CreditCode.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.TownshipId).ThenBy(e => e.Name, StringComparer.Ordinal)
            .Take(500)
            .Select(e => EnterpriseView.Of(e))
            .ToList());
    }

    static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county)
    {
        if (user.Scope() is not { } scope || !CreditCode.IsValid(id.ToUpperInvariant())) return Results.NotFound();
        var e = await Directory(grains, county).Get(id.ToUpperInvariant());
        if (e is null || !Sees(scope, e, county)) return Results.NotFound();
        // Every year's visits: an enterprise's page is its inspection history.
        var visits = await InspectionAccess.AcrossYears(await grains.YearsWithWork(county), y => grains.OfficeYear(county, y).Tasks(null));
        return Results.Ok(EnterpriseView.Of(e, visits));
    }
}
