using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;
using Dispatch.Domain.Whistles.Listings;
using Microsoft.AspNetCore.Http.HttpResults;
using Dispatch.Gateway.Features.Incidents;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Whistles;
using Dispatch.Live;
using Dispatch.QueryModel;
using static Dispatch.Gateway.Features.Common.Callers;

using Dispatch.Gateway.Auth;

namespace Dispatch.Gateway.Features.Whistles;

/// <summary>Township whistles (乡镇吹哨、部门报到): raise, approve, report, arrive, handle, close, rate.</summary>
public static class WhistleEndpoints
{
    public sealed record WhistleRequest(string? Title, string? Description, IncidentEndpoints.LocationRequest? Location, string? TownshipId,
        string? Urgency, IReadOnlyList<PartRequest?>? Departments, string? IncidentId);

    public sealed record PartRequest(string? DepartmentId, string? Role, string? Needs);

    public sealed record WhistleActionRequest(string? DepartmentId, IReadOnlyList<string>? OfficerIds, string? Reason, string? Result,
        IReadOnlyList<RatingRequest?>? Ratings);

    public sealed record RatingRequest(string? DepartmentId, int? Response, int? Result, int? Attitude);

    public static IEndpointRouteBuilder MapWhistles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/whistles").WithTags("whistles").RequireAuthorization();
        group.MapPost("/", Raise).RequireRateLimiting(Auth.RateLimitSetup.Intake).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<WhistleView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Township staff raise a whistle naming one lead and any assisting departments; it awaits the township leader unless the county waives approval for its urgency.");
        group.MapGet("/", List)
            .WithSummary("Whistles in the caller's scope (a desk those naming its department, an officer those it was sent to), newest first, a page at a time (cursor, limit 1–200); filter by status (several, comma-separated), township, department.");
        group.MapGet("/{id}", Get).Produces<WhistleView>().Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/timeline", Timeline).Produces<List<WhistleTimelineView>>().Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/recommendations", Recommendations).Produces<List<Recommendation>>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).Produces(StatusCodes.Status404NotFound)
            .WithSummary("Free officers of the named department nearest the scene, for its desk (or the zone centre stepping in).");
        group.MapPost("/{id}/actions/{action}", Act).RequireRateLimiting(Auth.RateLimitSetup.Actions).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<WhistleView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("approve, reject, cancel, assign, acknowledge, arrive, handle, close, rate.");
        return app;
    }

    static async Task<IResult> Raise(WhistleRequest? request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains)
    {
        var who = ActorOf(user);
        if (who.Role != Role.TownshipStaff) return Results.Problem(title: "只有乡镇（街道）工作人员可以吹哨", statusCode: StatusCodes.Status403Forbidden);
        if (request is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["请提供吹哨内容"] }, title: "吹哨信息不完整");
        // The escalation bridge names an incident: only one the caller sees counts, any other is as unknown.
        IncidentRecord? incident = null;
        if (request.IncidentId is { } incidentId && InputLimits.IsId(incidentId) &&
            await grains.GetGrain<IIncidentGrain>(incidentId).Get() is { } found &&
            who.Scope.CanSeeIncident(found.ZoneId, found.TownshipId, found.DepartmentId, found.AssignedOfficerId, found.ReportedBy))
            incident = found;
        var draft = new WhistleDraft(request.Title, request.Description, request.Location?.Lat, request.Location?.Lon, request.TownshipId,
            request.Urgency, request.Departments?.Select(p => new PartDraft(p?.DepartmentId, p?.Role, p?.Needs)).ToList(), request.IncidentId);
        var check = WhistleIntake.Check(draft, who, county, incident);
        if (check.Refusal is { } refusal) return Results.Problem(title: refusal.Message, statusCode: StatusCodes.Status403Forbidden);
        if (check.Whistle is not { } whistle) return Results.ValidationProblem(check.Errors!, title: "吹哨信息不完整");
        var filed = await grains.GetGrain<IWhistleDeskGrain>(whistle.ZoneId).File(whistle, who);
        return Results.Created($"/api/whistles/{filed.Id}", WhistleView.Of(filed));
    }

    // Typed results, so the route's answers are in the OpenAPI document without being listed by hand.
    static async Task<Results<Ok<WhistlePageView>, ValidationProblem>> List(ClaimsPrincipal user, CountyDirectory county,
        Listings<WhistleRecord> listings, CursorSeal seal, string? status = null, string? townshipId = null, string? departmentId = null,
        string? cursor = null, string? limit = null)
    {
        var who = ActorOf(user);
        var parsed = WhistleQueryParse.Parse(new WhistleQueryText(status, townshipId, departmentId, seal.Open(cursor), limit), county);
        if (parsed.Query is not { } query) return TypedResults.ValidationProblem(parsed.Errors, title: "查询条件无效");
        var page = await listings.Page(WhistleSets.Driving(query, who.Scope), w => query.Matches(w, who.Scope), query.After, null, null, query.Limit);
        return TypedResults.Ok(new WhistlePageView(page.Items.Select(WhistleView.Of).ToList(), seal.Seal(page.NextCursor), page.AsOf));
    }

    static async Task<(WhistleRecord? Whistle, Actor Who)> Visible(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var who = ActorOf(user);
        if (!InputLimits.IsId(id)) return (null, who);
        var w = await grains.GetGrain<IWhistleGrain>(id).Get();
        // Unknown and out of scope look the same.
        return w is not null && who.Scope.CanSee(w) ? (w, who) : (null, who);
    }

    static async Task<IResult> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await Visible(id, user, grains) is ({ } w, _) ? Results.Ok(WhistleView.Of(w)) : Results.NotFound();

    static async Task<IResult> Timeline(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        await Visible(id, user, grains) is ({ } w, _) ? Results.Ok(w.Timeline.Select(WhistleTimelineView.Of).ToList()) : Results.NotFound();

    static async Task<IResult> Recommendations(string id, ClaimsPrincipal user, IGrainFactory grains, string? departmentId = null)
    {
        var (w, who) = await Visible(id, user, grains);
        if (w is null) return Results.NotFound();
        departmentId ??= who.Role == Role.DepartmentDesk ? who.Scope.DepartmentId : null;
        if (departmentId is null || !InputLimits.IsId(departmentId) || !w.Names(departmentId))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["departmentId"] = ["请指定本吹哨召集的部门"] }, title: "查询条件无效");
        if (!who.Scope.ActsFor(w, departmentId))
            return Results.Problem(title: "只有被召集部门的值班台（或片区指挥中心）可以派员", statusCode: StatusCodes.Status403Forbidden);
        return Results.Ok(await grains.GetGrain<IWhistleGrain>(id).Recommend(departmentId, who));
    }

    static async Task<IResult> Act(string id, string action, WhistleActionRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (action.Length > InputLimits.Id || WireNames.Parse<WhistleAction>(action) is not { } parsed)
            return Results.Problem(title: $"未知的操作：{(action.Length > InputLimits.Id ? action[..InputLimits.Id] + "…" : action)}", statusCode: StatusCodes.Status404NotFound);
        var (w, who) = await Visible(id, user, grains);
        if (w is null) return Results.NotFound();
        var input = new WhistleInput(request?.DepartmentId, request?.OfficerIds, request?.Reason, request?.Result,
            request?.Ratings?.Select(r => new PartRatingInput(r?.DepartmentId, r?.Response, r?.Result, r?.Attitude)).ToList());
        var after = await grains.GetGrain<IWhistleGrain>(id).Act(parsed, who, input);
        return Results.Ok(WhistleView.Of(after));
    }
}
