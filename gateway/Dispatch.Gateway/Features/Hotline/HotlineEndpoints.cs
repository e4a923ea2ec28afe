using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;
using Dispatch.Gateway.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Dispatch.Grains.Contracts.Hotline;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Hotline;

/// <summary>
/// 12345 hotline intake: tickets in (API key), the triage queue for the command centres, and the list of results sent
/// back (dead letters for the county and the administrator).
/// </summary>
public static class HotlineEndpoints
{
    public static IEndpointRouteBuilder MapHotline(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/intake/hotline").WithTags("hotline");
        group.MapPost("/", Receive).AllowAnonymous()
            .RequireRateLimiting(Auth.RateLimitSetup.ExternalIntake).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Produces<HotlineAnswer>(StatusCodes.Status201Created).Produces<HotlineAnswer>(StatusCodes.Status202Accepted).Produces<HotlineAnswer>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("A 12345 ticket (header X-Api-Key). 201 filed as an incident, 202 queued for triage, 200 the same ticket id again (same answer).");
        group.MapGet("/triage", Triage).RequireAuthorization(p => p.RequireRole(Roles.CountyCommander, Roles.ZoneDispatcher))
            .WithSummary("Tickets waiting for a command centre to pick the category or place (with the caller's contact), newest first, a page at a time (cursor, limit 1–200).");
        group.MapPost("/triage/{ticketId}", Place).RequireAuthorization(p => p.RequireRole(Roles.CountyCommander, Roles.ZoneDispatcher))
            .Produces<HotlineAnswer>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .Produces(StatusCodes.Status404NotFound).WithSummary("Pick a triaged ticket's category and place: it becomes an incident.");
        group.MapGet("/deliveries", Deliveries).RequireAuthorization(p => p.RequireRole(Roles.CountyCommander, Roles.Admin))
            .Produces<List<DeliveryView>>().ProducesValidationProblem()
            .WithSummary("Results sent back to the 12345 system; ?state=failed lists the dead letters (also pending, delivered).");
        return app;
    }

    static async Task<IResult> Receive(HotlineTicketRequest? request, [FromHeader(Name = "X-Api-Key")] string? apiKey, IntakeKeys keys,
        CountyDirectory county, IGrainFactory grains, TimeProvider time)
    {
        if (!keys.Hotline(apiKey)) return Results.Problem(title: "缺少或无效的 API 密钥（X-Api-Key）", statusCode: StatusCodes.Status401Unauthorized);
        if (request is null) return Invalid(new Dictionary<string, string[]> { ["body"] = ["请求体须为 JSON 工单"] });
        var check = HotlineTicketCheck.Of(request.TicketId, request.Category, request.Description, request.Address, request.Location?.Lat,
            request.Location?.Lon, request.DeadlineClass, request.Contact?.Name, request.Contact?.Phone, time.GetUtcNow());
        if (check.Ticket is not { } ticket) return Invalid(check.Errors);
        // The same decision the ticket's grain makes, taken first here so bad input is a 400 with its fields and nothing is kept.
        if (HotlineIntake.Plan(ticket, county).Filed is { Report: null } refused) return Invalid(refused.Errors);

        var (answer, repeat) = await grains.GetGrain<IHotlineTicketGrain>(ticket.TicketId).Submit(ticket);
        if (repeat) return Results.Ok(answer);
        return answer.Triage ? Results.Accepted(value: answer) : Results.Created($"/api/incidents/{answer.IncidentId}", answer);
    }

    static async Task<Results<Ok<TriagePageView>, ValidationProblem>> Triage(ClaimsPrincipal user, IGrainFactory grains, TimeProvider time,
        string? cursor = null, string? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var after = ListQueryParse.After(cursor, errors);
        var size = ListQueryParse.Limit(limit, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "查询条件无效");
        var scope = user.Scope()!;
        // The queue holds only tickets not yet placed (bounded by open work): it is paged here, in the same order and
        // with the same cursor as the query model's lists.
        var queue = await grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key).TriageQueue();
        var (items, next) = ListPaging.Page(queue.Where(t => t.SeenBy(scope)), t => ListMember.Of(t.Ticket.ReceivedAt, t.TicketId), after, size);
        return TypedResults.Ok(new TriagePageView(items.Select(TriageView.Of).ToList(), next, time.GetUtcNow()));
    }

    static async Task<IResult> Place(string ticketId, TriagePlacement? request, ClaimsPrincipal user, CountyDirectory county, IGrainFactory grains)
    {
        var who = new Actor(user.Scope()!, user.DisplayName());
        if (!InputLimits.IsId(ticketId)) return Results.NotFound();
        var ticket = grains.GetGrain<IHotlineTicketGrain>(ticketId);
        // Not waiting in triage, or in another zone's queue: the same 404.
        if (await ticket.Triaged() is not { } item || !item.SeenBy(who.Scope)) return Results.NotFound();
        GeoPoint? at = request?.Location is { Lat: { } lat, Lon: { } lon } ? new GeoPoint(lat, lon) : null;
        var check = HotlineIntake.Placed(item.Ticket, request?.Category, at, who, county);
        if (check.Forbidden is { } forbidden) return Results.Problem(title: forbidden, statusCode: StatusCodes.Status403Forbidden);
        if (check.Report is null) return Invalid(check.Errors);
        var answer = await ticket.Place(request?.Category, at, who);
        return Results.Created($"/api/incidents/{answer.IncidentId}", answer);
    }

    static async Task<IResult> Deliveries(IGrainFactory grains, string? state = null)
    {
        DeliveryState? wanted = null;
        if (state is not null && (wanted = WireNames.Parse<DeliveryState>(state)) is null)
            return Invalid(new Dictionary<string, string[]> { ["state"] = ["state 须为 pending、delivered 或 failed"] }, "查询条件无效");
        var all = await grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key).Deliveries();
        return Results.Ok(all.Where(d => wanted is null || d.State == wanted).Select(DeliveryView.Of).ToList());
    }

    static IResult Invalid(IEnumerable<KeyValuePair<string, string[]>> errors, string title = "工单信息无效") =>
        Results.ValidationProblem(errors, title: title);
}
