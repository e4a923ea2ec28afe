using System.Security.Claims;
using Dispatch.Domain;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Gateway.Evidence;
using Dispatch.Grains.Contracts;
using Dispatch.Live;
using Microsoft.AspNetCore.Mvc;

namespace Dispatch.Gateway.Endpoints;

public static class IncidentEndpoints
{
    public sealed record ReportRequest(string? Category, string? Description, string? Priority, LatLonDto? Location,
        string? TownshipId, string? GridId, string? Source);

    public sealed record ActionRequest(string? OfficerId, string? Reason, string? Result, bool? Accepted, string? Comment,
        int? Score, int? Minutes, IReadOnlyList<string>? EvidenceIds, LatLonDto? Location);

    public static IEndpointRouteBuilder MapIncidents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/categories", (CountyDirectory county) => Results.Ok(county.Data.Categories))
            .RequireAuthorization().WithTags("incidents")
            .WithSummary("The responsibility list: category → responsible department and required qualification.");

        var group = app.MapGroup("/api/incidents").WithTags("incidents").RequireAuthorization();
        group.MapPost("/", Report).RequireAuthorization(Policies.ReportIncidents).RequireRateLimiting(Auth.RateLimitSetup.Intake)
            .WithSummary("Report a problem. Idempotency-Key makes a retry return the same incident; a report near an open incident of the same category is merged (200, merged: true).");
        group.MapGet("/", List).WithSummary("Incidents in the caller's scope; filter by status, zone, township.");
        group.MapGet("/{id}", Get);
        group.MapGet("/{id}/timeline", Timeline);
        group.MapGet("/{id}/recommendations", Recommendations).RequireAuthorization(Policies.WatchConsole)
            .WithSummary("Free qualified officers of the responsible department, nearest first, with ETA.");
        group.MapPost("/{id}/actions/{action}", Act).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .WithSummary("register, reject, dispatch, acknowledge, decline, arrive, handle, verify, close, evaluate, sendBack, extend, park, rework.");
        // Photos are larger than the 1 MB every other request may carry. This route takes up to twice the evidence
        // limit, so a photo somewhat too large gets a clear 413 problem from the handler, not a cut connection.
        var evidenceLimit = 2 * app.ServiceProvider.GetRequiredService<EvidenceSettings>().MaxBytes;
        group.MapPost("/{id}/evidence", UploadEvidence).DisableAntiforgery().RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .WithMetadata(new RequestSizeLimitAttribute(evidenceLimit))
            .WithSummary("Attach a photo (JPEG, PNG or WebP, multipart field 'file').");
        group.MapGet("/{id}/evidence/{evidenceId}", DownloadEvidence);
        return app;
    }

    static Actor ActorOf(ClaimsPrincipal user) =>
        new(user.Scope() ?? throw new ForbiddenException("无权访问"), user.DisplayName());

    static string? CategoryName(CountyDirectory county, string id) => county.Category(id)?.Name;

    static async Task<IResult> Report(ReportRequest request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains,
        TimeProvider time, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey)
    {
        var who = ActorOf(user);
        var errors = new Dictionary<string, string[]>();
        var category = request.Category is { } c ? county.Category(c) : null;
        if (category is null) errors["category"] = ["请选择有效的事件类别（见 GET /api/categories）"];
        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > 1000) errors["description"] = ["请填写问题描述（最多 1000 字）"];
        Priority? priority = null;
        if (request.Priority is { } p)
        {
            if (WireNames.Parse<Priority>(p) is { } parsed) priority = parsed;
            else errors["priority"] = ["紧急程度须为 urgent、high、normal 或 low"];
        }
        var source = IncidentSource.Grid;
        if (request.Source is { } s)
        {
            if (WireNames.Parse<IncidentSource>(s) is { } parsedSource) source = parsedSource;
            else errors["source"] = ["来源须为 grid、hotline、whistle、patrol、sensor 或 assigned"];
        }
        else source = who.Role switch { Role.ZoneDispatcher or Role.CountyCommander => IncidentSource.Hotline, Role.Officer => IncidentSource.Patrol, Role.TownshipStaff => IncidentSource.Whistle, _ => IncidentSource.Grid };
        if (idempotencyKey is { Length: > 100 }) errors["Idempotency-Key"] = ["Idempotency-Key 最多 100 个字符"];

        TownshipData? township = null;
        GridData? grid = null;
        var point = request.Location is { } l ? new GeoPoint(l.Lat, l.Lon) : default;
        if (request.Location is null || !point.IsValid) errors["location"] = ["请提供有效的位置 {lat, lon}"];
        else
        {
            township = request.TownshipId is { } tid ? county.Township(tid) : county.LocateTownship(point);
            if (township is null) errors["location"] = [request.TownshipId is null ? "该位置不在本县范围内" : $"未知的乡镇：{request.TownshipId}"];
            grid = request.GridId is { } gid ? county.Data.Grids.FirstOrDefault(g => g.Id == gid) : county.LocateGrid(point);
            if (request.GridId is not null && (grid is null || grid.TownshipId != township?.Id)) errors["gridId"] = ["网格不存在或不属于该乡镇"];
        }
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "上报信息不完整");

        var allowed = who.Role switch
        {
            Role.GridWorker or Role.TownshipStaff => who.Scope.TownshipId == township!.Id,
            Role.ZoneDispatcher => who.Scope.ZoneIds.Contains(township!.ZoneId),
            _ => true,
        };
        if (!allowed) return Results.Problem(title: "只能上报本辖区内的问题", statusCode: StatusCodes.Status403Forbidden);

        var report = new NewIncident(category!.Id, request.Description!.Trim(), priority, point, township!.Id, grid?.Id, source);
        var result = await grains.GetGrain<IIncidentDeskGrain>(township.ZoneId).Intake(report, who, idempotencyKey);
        var view = IncidentView.Of(result.Incident, who, category.Name, time.GetUtcNow(), result.Merged);
        return result.Merged ? Results.Ok(view) : Results.Created($"/api/incidents/{view.Id}", view);
    }

    static async Task<IResult> List(ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains, TimeProvider time,
        string? status = null, string? zoneId = null, string? townshipId = null)
    {
        var who = ActorOf(user);
        IncidentStatus? wanted = null;
        if (status is not null)
        {
            if (WireNames.Parse<IncidentStatus>(status) is { } parsed) wanted = parsed;
            else return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["未知的事件状态"] }, title: "查询条件无效");
        }
        if (zoneId is not null && !county.HasZone(zoneId))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["zoneId"] = [$"未知的片区：{zoneId}"] }, title: "查询条件无效");
        var zones = county.Data.Zones.Select(z => z.Id).Where(z => zoneId is null || z == zoneId);
        var lists = await Task.WhenAll(zones.Select(z => grains.GetGrain<IIncidentDeskGrain>(z).List()));
        var visible = lists.SelectMany(l => l)
            .Where(i => who.Scope.CanSeeIncident(i.ZoneId, i.TownshipId, i.DepartmentId, i.AssignedOfficerId, i.ReportedBy))
            .Where(i => wanted is null || i.Status == wanted)
            .Where(i => townshipId is null || i.TownshipId == townshipId)
            .OrderByDescending(i => i.UpdatedAt)
            .Take(500)
            .ToList();
        var records = await Task.WhenAll(visible.Select(i => grains.GetGrain<IIncidentGrain>(i.Id).Get()));
        var now = time.GetUtcNow();
        return Results.Ok(records.OfType<IncidentRecord>().Select(r => IncidentView.Of(r, who, CategoryName(county, r.Category), now)).ToList());
    }

    static async Task<(IncidentRecord? Record, Actor Who)> Visible(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var who = ActorOf(user);
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
        var (r, _) = await Visible(id, user, grains);
        return r is null ? Results.NotFound() : Results.Ok(r.Timeline.Select(TimelineView.Of).ToList());
    }

    static async Task<IResult> Recommendations(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (r, _) = await Visible(id, user, grains);
        return r is null ? Results.NotFound() : Results.Ok(await grains.GetGrain<IIncidentGrain>(id).Recommend());
    }

    static async Task<IResult> Act(string id, string action, ActionRequest? request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains, TimeProvider time)
    {
        if (!IncidentRules.TryParseAction(action, out var parsed))
            return Results.Problem(title: $"未知的操作：{action}", statusCode: StatusCodes.Status404NotFound);
        var (r, who) = await Visible(id, user, grains);
        if (r is null) return Results.NotFound();
        request ??= new ActionRequest(null, null, null, null, null, null, null, null, null);
        var input = new ActionInput(request.OfficerId, request.Reason, request.Result, request.Accepted, request.Comment, request.Score,
            request.Minutes, request.EvidenceIds, request.Location is { } l ? new GeoPoint(l.Lat, l.Lon) : null);
        var after = await grains.GetGrain<IIncidentGrain>(id).Act(parsed, who, input);
        return Results.Ok(IncidentView.Of(after, who, CategoryName(county, after.Category), time.GetUtcNow()));
    }

    static async Task<IResult> UploadEvidence(string id, IFormFile? file, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store, CancellationToken ct)
    {
        var (r, who) = await Visible(id, user, grains);
        if (r is null) return Results.NotFound();
        if (who.Role is Role.Auditor or Role.DepartmentDesk)
            return Results.Problem(title: "当前角色不能上传证据", statusCode: StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要上传的照片（表单字段 file）"] }, title: "缺少照片");
        if (file.Length > store.MaxBytes)
            return Results.Problem(title: $"照片不能超过 {store.MaxBytes / 1024 / 1024} MB", statusCode: StatusCodes.Status413PayloadTooLarge);
        await using var content = file.OpenReadStream();
        var (evidence, error) = await store.Save(id, content, who.Username, ct);
        if (evidence is null) return Results.Problem(title: error, statusCode: StatusCodes.Status415UnsupportedMediaType);
        await grains.GetGrain<IIncidentGrain>(id).AddEvidence(evidence, who);
        return Results.Created($"/api/incidents/{id}/evidence/{evidence.Id}",
            new EvidenceView(evidence.Id, $"/api/incidents/{id}/evidence/{evidence.Id}", evidence.ContentType, evidence.Size, evidence.UploadedBy, evidence.At));
    }

    static async Task<IResult> DownloadEvidence(string id, string evidenceId, ClaimsPrincipal user, IGrainFactory grains, EvidenceStore store)
    {
        var (r, _) = await Visible(id, user, grains);
        if (r?.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence) return Results.NotFound();
        // An attachment with a name of our own (an <img> ignores the disposition; a navigation downloads instead of rendering).
        var extension = evidence.ContentType switch { "image/png" => ".png", "image/webp" => ".webp", _ => ".jpg" };
        return store.Open(id, evidenceId) is { } stream ? Results.Stream(stream, evidence.ContentType, fileDownloadName: evidenceId + extension) : Results.NotFound();
    }
}
