using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Intake;
using Dispatch.Domain.Incidents.Listings;
using Dispatch.Gateway.Evidence;
using Microsoft.AspNetCore.Mvc;
using Dispatch.Gateway.Features.Common;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Live;
using Dispatch.QueryModel;
using static Dispatch.Gateway.Features.Common.Callers;

using Dispatch.Gateway.Auth;

namespace Dispatch.Gateway.Features.Incidents;

public static class IncidentEndpoints
{
    public sealed record ReportRequest(string? Category, string? Description, string? Priority, LocationRequest? Location,
        string? TownshipId, string? GridId, string? Source);

    /// <summary>Both coordinates are required: a missing one is an error, never (0, 0).</summary>
    public sealed record LocationRequest(double? Lat, double? Lon);

    public sealed record ActionRequest(string? OfficerId, string? Reason, string? Result, bool? Accepted, string? Comment,
        int? Score, int? Minutes, IReadOnlyList<string>? EvidenceIds, LocationRequest? Location, string? Priority);

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/categories", (CountyDirectory county) => Results.Ok(county.Data.Categories))
            .RequireAuthorization().WithTags("incidents").Produces<List<IncidentCategory>>()
            .WithSummary("The responsibility list: category → responsible department and required qualification.");

        var group = app.MapGroup("/api/incidents").WithTags("incidents").RequireAuthorization();
        group.MapPost("/", Report).RequireAuthorization(Policies.ReportIncidents).RequireRateLimiting(Auth.RateLimitSetup.Intake).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<IncidentView>(StatusCodes.Status201Created).Produces<IncidentView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Report a problem. Idempotency-Key makes a retry return the same incident; a report near an open incident of the same category is merged (200, merged: true).");
        group.MapGet("/", List).Produces<IncidentPageView>().ProducesValidationProblem()
            .WithSummary("Incidents in the caller's scope, newest first, a page at a time (cursor, limit 1–200); filter by status (several, comma-separated), zone, township, department, category, from/to (created), q (text).");
        group.MapGet("/{id}", Get).Produces<IncidentView>().Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/timeline", Timeline).Produces<List<TimelineView>>().Produces(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/recommendations", Recommendations).RequireAuthorization(Policies.WatchConsole)
            .Produces<List<Recommendation>>().Produces(StatusCodes.Status404NotFound)
            .WithSummary("Free qualified officers of the responsible department, nearest first, with ETA.");
        group.MapPost("/{id}/actions/{action}", Act).RequireRateLimiting(Auth.RateLimitSetup.Actions).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<IncidentView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("register, reject, dispatch, acknowledge, decline, arrive, handle, verify, close, evaluate, sendBack, extend, park, rework.");
        // Photos are larger than the 1 MB every other request may carry. This route takes up to twice the evidence
        // limit, so a photo somewhat too large gets a clear 413 problem from the handler, not a cut connection.
        var evidenceLimit = 2 * app.ServiceProvider.GetRequiredService<EvidenceSettings>().MaxBytes;
        group.MapPost("/{id}/evidence", UploadEvidence).DisableAntiforgery().RequireRateLimiting(Auth.RateLimitSetup.Actions).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<EvidenceView>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(evidenceLimit))
            .WithSummary("Attach a photo (JPEG, PNG or WebP, multipart field 'file').");
        group.MapGet("/{id}/evidence/{evidenceId}", DownloadEvidence)
            .Produces(StatusCodes.Status200OK, (Type?)null, "image/jpeg", "image/png", "image/webp").Produces(StatusCodes.Status404NotFound);
        return app;
    }

    static string? CategoryName(CountyDirectory county, string id) => county.Category(id)?.Name;

    static async Task<IResult> Report(ReportRequest request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains,
        TimeProvider time, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var who = ActorOf(user);
        if (idempotencyKey is { Length: > InputLimits.IdempotencyKey })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"Idempotency-Key 最多 {InputLimits.IdempotencyKey} 个字符"] }, title: "上报信息不完整");
        var draft = new ReportDraft(request.Category, request.Description, request.Priority, request.Location?.Lat, request.Location?.Lon,
            request.TownshipId, request.GridId, request.Source);
        var check = IncidentIntake.Check(draft, who, county);
        if (check.Forbidden is { } forbidden) return Results.Problem(title: forbidden, statusCode: StatusCodes.Status403Forbidden);
        if (check.Report is not { } report) return Results.ValidationProblem(check.Errors, title: "上报信息不完整");

        var zoneId = county.Township(report.TownshipId!)!.ZoneId;
        var result = await grains.GetGrain<IIncidentDeskGrain>(zoneId).Intake(report, who, idempotencyKey);
        var r = result.Incident;
        // A report merged into someone else's incident learns only that it was received, never that incident's contents.
        if (result.Merged && !who.Scope.CanSeeIncident(r.ZoneId, r.TownshipId, r.DepartmentId, r.AssignedOfficerId, r.ReportedBy))
            return Results.Ok(ReportReceipt.Of(r, CategoryName(county, r.Category)));
        var view = IncidentView.Of(r, who, CategoryName(county, r.Category), time.GetUtcNow(), result.Merged);
        return result.Merged ? Results.Ok(view) : Results.Created($"/api/incidents/{view.Id}", view);
    }

    static async Task<IResult> List(ClaimsPrincipal user, CountyDirectory county, Listings<IncidentRecord> listings, TimeProvider time,
        CursorSeal seal, string? status = null, string? zoneId = null, string? townshipId = null, string? departmentId = null, string? category = null,
        string? from = null, string? to = null, string? q = null, string? cursor = null, string? limit = null)
    {
        var who = ActorOf(user);
        var parsed = IncidentQueryParse.Parse(new IncidentQueryText(status, zoneId, townshipId, departmentId, category, from, to, q, seal.Open(cursor), limit), county);
        if (parsed.Query is not { } query) return Results.ValidationProblem(parsed.Errors, title: "查询条件无效");
        var page = await listings.Page(IncidentSets.Driving(query, who.Scope), r => query.Matches(r, who.Scope, CategoryName(county, r.Category)),
            query.After, query.From, query.To, query.Limit);
        var now = time.GetUtcNow();
        return Results.Ok(new IncidentPageView(
            page.Items.Select(r => IncidentView.Of(r, who, CategoryName(county, r.Category), now)).ToList(), seal.Seal(page.NextCursor), page.AsOf));
    }

    static async Task<(IncidentRecord? Record, Actor Who)> Visible(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var who = ActorOf(user);
        // A malformed id names no incident: answer without activating a grain for it.
        if (!InputLimits.IsId(id)) return (null, who);
        var r = await grains.GetGrain<IIncidentGrain>(id).Get();
        // Unknown and out of scope look the same.
        return r is not null && who.Scope.CanSeeIncident(r.ZoneId, r.TownshipId, r.DepartmentId, r.AssignedOfficerId, r.ReportedBy) ? (r, who) : (null, who);
    }

    static async Task<IResult> Get(string id, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains, TimeProvider time)
    {
        var (r, who) = await Visible(id, user, grains);
        return r is null ? Results.NotFound() : Results.Ok(IncidentView.Of(r, who, CategoryName(county, r.Category), time.GetUtcNow()));
    }

    static async Task<IResult> Timeline(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (r, who) = await Visible(id, user, grains);
        return r is null ? Results.NotFound() : Results.Ok(TimelineRedaction.For(r, who.Scope).Select(TimelineView.Of).ToList());
    }

    static async Task<IResult> Recommendations(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (r, who) = await Visible(id, user, grains);
        return r is null ? Results.NotFound() : Results.Ok(await grains.GetGrain<IIncidentGrain>(id).Recommend(who));
    }

    static async Task<IResult> Act(string id, string action, ActionRequest? request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains, TimeProvider time)
    {
        if (!IncidentRules.TryParseAction(action, out var parsed))
            return Results.Problem(title: $"未知的操作：{action}", statusCode: StatusCodes.Status404NotFound);
        var (r, who) = await Visible(id, user, grains);
        if (r is null) return Results.NotFound();
        request ??= new ActionRequest(null, null, null, null, null, null, null, null, null, null);
        Priority? priority = null;
        if (request.Priority is { } p && (p.Length > InputLimits.Id || (priority = WireNames.Parse<Priority>(p)) is null))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["priority"] = ["紧急程度须为 urgent、high、normal 或 low"] }, title: "操作信息无效");
        if (request.Location is { } l && (l.Lat is null || l.Lon is null))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["location"] = ["位置须同时包含 lat 和 lon"] }, title: "操作信息无效");
        var input = new ActionInput(request.OfficerId, request.Reason, request.Result, request.Accepted, request.Comment, request.Score,
            request.Minutes, request.EvidenceIds, request.Location is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null, priority);
        var after = await grains.GetGrain<IIncidentGrain>(id).Act(parsed, who, input);
        return Results.Ok(IncidentView.Of(after, who, CategoryName(county, after.Category), time.GetUtcNow()));
    }

    static async Task<IResult> UploadEvidence(string id, IFormFile? file, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store, CancellationToken ct)
    {
        var (r, who) = await Visible(id, user, grains);
        if (r is null) return Results.NotFound();
        if (PhotoUpload.Refused(file, store) is { } refused) return refused;
        if (IncidentRules.EvidenceRefusal(r, who) is { } refusal)
            return Results.Problem(title: refusal.Message,
                statusCode: refusal.Kind == RefusalKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict);
        return await PhotoUpload.Store(file!, store, id, who.Username,
            photo => grains.GetGrain<IIncidentGrain>(id).AddEvidence(photo, who), $"/api/incidents/{id}/evidence", ct);
    }

    static async Task<IResult> DownloadEvidence(string id, string evidenceId, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store)
    {
        var (r, _) = await Visible(id, user, grains);
        if (!InputLimits.IsId(evidenceId)) return Results.NotFound();
        if (r?.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence) return Results.NotFound();
        return PhotoUpload.Download(store, id, evidence);
    }
}
