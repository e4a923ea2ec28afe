using System.Security.Claims;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Inspections;
using static Dispatch.Gateway.Features.Inspections.InspectionAccess;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The double-random draw of inspectors (双随机) and its public re-run (DOMAIN.md §4 rule 9).</summary>
public static class InspectionDrawEndpoints
{
    public sealed record DrawRequest(string? RunId, IReadOnlyList<string?>? TaskIds, int? InspectorsPerVisit, IReadOnlyList<RecusalRequest?>? Recusals);

    public sealed record RecusalRequest(string? OfficerId, string? EnterpriseId);

    public static IEndpointRouteBuilder MapInspectionDraws(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections/draws").WithTags("inspections");
        group.MapPost("/", Draw).RequireAuthorization(Planner).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<DrawView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Draw inspectors for a run's (or the named) planned visits: the seed is committed before the draw, the pool frozen and hashed, recusals applied first; drawn inspectors get the task pushed.");
        group.MapGet("/{id}", Get).RequireAuthorization(PlanReaders).Produces<DrawView>().Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/verify", Verify).RequireAuthorization(Readers).Produces<DrawVerdict>().Produces(StatusCodes.Status404NotFound)
            .WithSummary("Re-run the draw from its record: the seed against its commitment, the pool against its hash, the result against a fresh draw.");
        return app;
    }

    static async Task<IResult> Draw(DrawRequest? request, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time)
    {
        var scope = ScopeOf(user);
        var errors = new Dictionary<string, string[]>();
        if ((request?.RunId is null) == (request?.TaskIds is null)) errors["runId"] = ["请指定 runId（整次统筹）或 taskIds（指定任务）之一"];
        if (request?.RunId is { } runId && !InputLimits.IsId(runId)) errors["runId"] = ["统筹编号无效"];
        if (request?.TaskIds is { } ids && ids.Any(id => !InputLimits.IsId(id))) errors["taskIds"] = ["任务编号无效"];
        var perVisit = request?.InspectorsPerVisit ?? DrawParameters.MinimumInspectors;
        if (perVisit is < DrawParameters.MinimumInspectors or > DrawParameters.MaximumInspectors)
            errors["inspectorsPerVisit"] = [$"每次检查须有 {DrawParameters.MinimumInspectors}–{DrawParameters.MaximumInspectors} 名检查人员"];
        var recusals = new List<Recusal>();
        foreach (var r in request?.Recusals ?? [])
        {
            // An officer is named by id (O0012) or by certificate number (ZF00012), as a clerk has either at hand.
            var officer = r?.OfficerId is { } named ? county.Officer(named.Trim()) ?? county.OfficerByCode(named.Trim()) : null;
            if (officer is null || r!.EnterpriseId?.Trim().ToUpperInvariant() is not { } code || !Domain.Inspections.Enterprises.CreditCode.IsValid(code))
            {
                errors["recusals"] = ["回避名单须为已知人员（人员编号或执法证号）和有效的企业代码"];
                break;
            }
            recusals.Add(new Recusal(officer.Id, code));
        }
        if (recusals.Count > 1000) errors["recusals"] = ["回避名单最多 1000 条"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "抽取参数有误");
        var taskIds = request!.TaskIds?.Select(i => i!).ToList();
        // Kept by the latest year of its visits; ids that name no run are refused there as unknown.
        var year = InspectionYears.OfDraw(request.RunId, taskIds) ?? ThisYear(time);
        var kept = await grains.OfficeYear(county, year).Draw(request.RunId, taskIds, perVisit, recusals, scope.Username);
        return Results.Created($"/api/inspections/draws/{kept.Id}", DrawView.Of(kept));
    }

    static async Task<IResult> Get(string id, IGrainFactory grains) =>
        InputLimits.IsId(id) && await grains.GetGrain<IInspectionDrawGrain>(id).Get() is { } kept ? Results.Ok(DrawView.Of(kept)) : Results.NotFound();

    static async Task<IResult> Verify(string id, IGrainFactory grains)
    {
        if (!InputLimits.IsId(id) || await grains.GetGrain<IInspectionDrawGrain>(id).Get() is not { } kept) return Results.NotFound();
        return Results.Ok(kept.Record is { } record
            ? DrawVerification.Verify(record)
            : new DrawVerdict(false, "抽取未完成：只有种子承诺，没有抽取结果（抽取过程中断，未抽定任何人员）"));
    }
}
