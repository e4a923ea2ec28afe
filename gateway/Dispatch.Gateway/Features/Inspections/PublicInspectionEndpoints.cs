using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>
/// The inspection code (亮码) for enterprises, without sign-in: the page, the visit it stands for, and the one rating
/// (无码不查、码上评价). The first anonymous route showing enterprise data, so it shows only <see cref="PublicInspectionView"/>,
/// answers an unknown and a malformed code alike (404), and is rate-limited per address against code guessing.
/// </summary>
public static class PublicInspectionEndpoints
{
    public sealed record RatingRequest(int? Score, string? Comment);

    public static IEndpointRouteBuilder MapPublicInspections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/public/inspections").WithTags("public").AllowAnonymous().RequireRateLimiting(Auth.RateLimitSetup.PublicCode);
        group.MapGet("/{code}", Get).Produces<PublicInspectionView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("What an enterprise may check about a visit by its code: planned date, departments, items, legal basis, inspectors, status; nothing else.");
        group.MapPost("/{code}/rating", Rate).DisableAntiforgery().Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("The enterprise rates the visit once, after it is inspected: score 1–5 and an optional comment.");
        // The page itself is the console's code.html entry; its script reads the code from the path.
        app.MapGet("/code/{code}", (HttpContext http) => CodePage(http)).AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(Auth.RateLimitSetup.PublicCode);
        return app;
    }

    static async Task<IResult> Get(string code, IGrainFactory grains, CountyDirectory county) =>
        await Find(code, grains) is { } task ? Results.Ok(PublicInspectionView.Of(task, county)) : NotFound();

    static async Task<IResult> Rate(string code, RatingRequest? request, IGrainFactory grains)
    {
        if (await FindGrain(code, grains) is not { } found) return NotFound();
        await found.Run.Rate(found.TaskId, request?.Score, request?.Comment);
        return Results.NoContent();
    }

    static IResult NotFound() => Results.Problem(title: "检查码无效", detail: "未找到与此检查码对应的检查任务，请核对检查码。", statusCode: StatusCodes.Status404NotFound);

    static async Task<(IInspectionRunGrain Run, string TaskId)?> FindGrain(string code, IGrainFactory grains)
    {
        var normalised = code.Trim().ToUpperInvariant();
        if (!InspectionCode.IsWellFormed(normalised)) return null;
        if (await grains.GetGrain<IInspectionCodeGrain>(normalised).TaskId() is not { } taskId || PlannerRuns.RunIdOf(taskId) is not { } runId) return null;
        return (grains.GetGrain<IInspectionRunGrain>(runId), taskId);
    }

    static async Task<InspectionTask?> Find(string code, IGrainFactory grains) =>
        await FindGrain(code, grains) is { } found ? await found.Run.Get(found.TaskId) : null;

    static IResult CodePage(HttpContext http)
    {
        var page = Path.Combine(Hosting.ConsoleFiles.Root(http.RequestServices.GetRequiredService<IConfiguration>()), "code.html");
        http.Response.Headers.CacheControl = "no-cache";
        return File.Exists(page) ? Results.File(page, "text/html; charset=utf-8") : Results.NotFound();
    }
}
