using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using Dispatch.Gateway.Features.Common;
using Dispatch.Grains.Contracts.Inspections;
using static Dispatch.Gateway.Features.Inspections.InspectionAccess;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>Planner runs, the joint visits they plan, and the inspectors' results and publication.</summary>
public static class InspectionRunEndpoints
{
    public sealed record RunRequest(int? Year, string? Period);

    public sealed record ResultsRequest(IReadOnlyList<ItemResultInput?>? Items);

    public static IEndpointRouteBuilder MapInspectionRuns(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("inspections");
        group.MapPost("/planner/runs", Run).RequireAuthorization(Planner).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<PlannerRunView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Merge the filed plans of a quarter into joint visits; each run is kept under its own id.");
        group.MapGet("/planner/runs", Runs).RequireAuthorization(PlanReaders).Produces<List<PlannerRunView>>().ProducesValidationProblem()
            .WithSummary("Kept runs of a year (default: this year), newest first, without their tasks (read those with GET /api/inspections/tasks?runId=).");
        group.MapGet("/tasks", Tasks).RequireAuthorization(TaskReaders).Produces<List<InspectionTaskView>>().ProducesValidationProblem()
            .WithSummary("Joint visits in the caller's scope: an officer only those it was drawn for; filter by run, inspector, enterprise and year (default: the run's year; for an inspector or an enterprise every year; else this year).");
        group.MapPost("/tasks/{id}/results", RecordResults).RequireAuthorization(p => p.RequireRole(Roles.Officer)).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<InspectionTaskView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("An inspector drawn for the visit records per-item results (pass, problem, severe) with evidence ids; a re-recorded item replaces the earlier one until publication.");
        group.MapPost("/tasks/{id}/publish", Publish).RequireAuthorization(p => p.RequireRole(Roles.Officer, Roles.Planner)).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<InspectionTaskView>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Publish the results (一公开) once every item has one: an inspector drawn for the visit, or the office.");
        var evidenceLimit = app.ServiceProvider.GetRequiredService<Evidence.EvidenceStore>().MaxBytes + 64 * 1024;
        group.MapPost("/tasks/{id}/evidence", UploadEvidence).RequireAuthorization(p => p.RequireRole(Roles.Officer)).DisableAntiforgery()
            .RequireRateLimiting(Auth.RateLimitSetup.Actions).WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(evidenceLimit))
            .Produces<EvidenceView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("An inspector drawn for the visit attaches a photo (JPEG, PNG or WebP, multipart field 'file'); results name it in evidenceIds.");
        group.MapGet("/tasks/{id}/evidence/{photoId}", DownloadEvidence).RequireAuthorization(TaskReaders)
            .Produces(StatusCodes.Status200OK, (Type?)null, "image/jpeg", "image/png", "image/webp").Produces(StatusCodes.Status404NotFound);
        return app;
    }

    static async Task<IResult> UploadEvidence(string id, IFormFile? file, ClaimsPrincipal user, IGrainFactory grains, Evidence.EvidenceStore store, CancellationToken ct)
    {
        var scope = ScopeOf(user);
        if (await Visible(id, scope, grains) is not { } run) return Results.NotFound();
        if (PhotoUpload.Refused(file, store) is { } refused) return refused;
        return await PhotoUpload.Store(file!, store, EvidenceFolder(id), scope.Username,
            photo => run.AddEvidence(id, scope, photo), $"/api/inspections/tasks/{id}/evidence", ct);
    }

    static async Task<IResult> DownloadEvidence(string id, string photoId, ClaimsPrincipal user, IGrainFactory grains, Evidence.EvidenceStore store)
    {
        var scope = ScopeOf(user);
        if (await Visible(id, scope, grains) is not { } run || !InputLimits.IsId(photoId)) return Results.NotFound();
        if ((await run.Get(id))?.Evidence.FirstOrDefault(e => e.Id == photoId) is not { } evidence) return Results.NotFound();
        return PhotoUpload.Download(store, EvidenceFolder(id), evidence);
    }

    /// <summary>Inspection photos live beside incident photos, in a folder of their own per visit.</summary>
    static string EvidenceFolder(string taskId) => $"inspection-{taskId}";

    static async Task<IResult> Run(RunRequest? request, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time)
    {
        var scope = ScopeOf(user);
        var errors = new Dictionary<string, string[]>();
        if (request?.Year is not { } year || !InspectionYears.IsValid(year)) errors["year"] = ["年度无效"];
        if (InspectionPeriod.Parse(request?.Period) is not { } period || period.Year != request?.Year) errors["period"] = ["检查周期须为该年度的季度，如 2026-Q4"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "统筹参数有误");
        var outcome = await grains.OfficeYear(county, request!.Year!.Value).RunPlanner(request.Period!, scope.Username);
        return Results.Created($"/api/inspections/planner/runs/{outcome.Run.Id}", PlannerRunView.Of(outcome.Run, outcome.Tasks, county, time.GetUtcNow()));
    }

    static async Task<IResult> Runs(ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time, int? year = null)
    {
        var scope = ScopeOf(user);
        if (scope.Role == Domain.Access.Role.DepartmentDesk) return Results.Forbid();
        if (IsBadYear(year)) return BadYear();
        var runs = await grains.OfficeYear(county, year ?? ThisYear(time)).Runs();
        return Results.Ok(runs.OrderByDescending(r => r.CreatedAt).Select(r => PlannerRunView.Of(r, [], county, time.GetUtcNow())).ToList());
    }

    static async Task<IResult> Tasks(ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time,
        string? runId = null, string? inspectorId = null, string? enterpriseId = null, int? year = null)
    {
        var scope = ScopeOf(user);
        if (IsBadYear(year)) return BadYear();
        if (runId is not null && !InputLimits.IsId(runId)) return Results.Ok(Array.Empty<InspectionTaskView>());
        var years = InspectionYears.OfVisitList(runId, year, inspectorId is not null || enterpriseId is not null, ThisYear(time))
            ?? await grains.YearsWithWork(county);
        var tasks = await AcrossYears(years, y => grains.OfficeYear(county, y).Tasks(runId));
        var now = time.GetUtcNow();
        return Results.Ok(tasks
            .Where(t => InspectionScope.CanSee(scope, t))
            .Where(t => inspectorId is null || t.InspectorIds.Contains(inspectorId))
            .Where(t => enterpriseId is null || string.Equals(t.CreditCode, enterpriseId.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(t => t.PlannedDate).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(2000)
            .Select(t => InspectionTaskView.Of(t, county, now)).ToList());
    }

    static async Task<IResult> RecordResults(string id, ResultsRequest? request, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time)
    {
        var scope = ScopeOf(user);
        if (await Visible(id, scope, grains) is not { } run) return Results.NotFound();
        var task = await run.RecordResults(id, scope, request?.Items);
        return Results.Ok(InspectionTaskView.Of(task, county, time.GetUtcNow()));
    }

    static async Task<IResult> Publish(string id, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time)
    {
        var scope = ScopeOf(user);
        if (await Visible(id, scope, grains) is not { } run) return Results.NotFound();
        var task = await run.Publish(id, scope);
        return Results.Ok(InspectionTaskView.Of(task, county, time.GetUtcNow()));
    }

    /// <summary>The run grain of a task the caller may see; another's task is as unknown (404), so ids cannot be probed.</summary>
    static async Task<IInspectionRunGrain?> Visible(string taskId, Domain.Access.Scope scope, IGrainFactory grains)
    {
        if (!InputLimits.IsId(taskId) || PlannerRuns.RunIdOf(taskId) is not { } runId) return null;
        var run = grains.GetGrain<IInspectionRunGrain>(runId);
        return await run.Get(taskId) is { } task && InspectionScope.CanSee(scope, task) ? run : null;
    }
}
