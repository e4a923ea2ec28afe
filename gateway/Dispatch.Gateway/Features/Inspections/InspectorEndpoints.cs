using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Directory;
using Microsoft.AspNetCore.Mvc;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>
/// The inspector directory (执法检查人员名录) draws take their pool from: imported from CSV like the enterprise directory;
/// until a county imports one, every county officer with the qualifications of the county file.
/// </summary>
public static class InspectorEndpoints
{
    public sealed record InspectorView(string CertificateNo, string Name, string DepartmentId, string? OfficerId, IReadOnlyList<string> Qualifications,
        string StaffKind, IReadOnlyList<string> Recusals, string Source);

    public static IEndpointRouteBuilder MapInspectors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspectors").WithTags("inspections");
        group.MapPost("/import", Import).RequireAuthorization(p => p.RequireRole(Roles.Planner, Roles.Admin)).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(5 * 1024 * 1024))
            .Produces<DirectoryImport.ImportAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Import the inspector directory from a CSV (multipart 'file'; columns certificateNo,name,departmentId,qualifications,staffKind,recusals): every row valid or nothing imported; ?dryRun=true only checks.");
        group.MapGet("/", List).RequireAuthorization(p => p.RequireRole(Roles.Planner, Roles.Admin, Roles.CountyCommander, Roles.Auditor))
            .Produces<List<InspectorView>>()
            .WithSummary("The pool draws use: the imported directory, or every county officer while none is imported (source county).");
        return app;
    }

    static IInspectorDirectoryGrain Directory(IGrainFactory grains, CountyDirectory county) => grains.GetGrain<IInspectorDirectoryGrain>(county.Data.Id);

    static Task<IResult> Import(IFormFile? file, IGrainFactory grains, CountyDirectory county, bool dryRun = false) =>
        DirectoryImport.Handle(file, dryRun, InspectorImport.Columns, rows => InspectorImport.Check(rows, county),
            records => Directory(grains, county).Import(records),
            async () => (await Directory(grains, county).List()).Select(r => r.CertificateNo).ToHashSet(), r => r.CertificateNo);

    static async Task<IResult> List(IGrainFactory grains, CountyDirectory county)
    {
        var imported = await Directory(grains, county).List();
        return Results.Ok(imported.Count > 0
            ? imported.Select(r => new InspectorView(r.CertificateNo, r.Name, r.DepartmentId, r.OfficerId, r.Qualifications, WireNames.Of(r.Kind), r.Recusals, "import")).ToList()
            : county.Officers.OrderBy(o => o.Id, StringComparer.Ordinal)
                .Select(o => new InspectorView(o.Code, o.Name, o.DepartmentId, o.Id, o.Qualifications, "officer", [], "county")).ToList());
    }
}
