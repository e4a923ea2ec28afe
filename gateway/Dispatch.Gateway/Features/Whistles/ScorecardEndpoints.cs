using System.Globalization;
using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Whistles;
using Dispatch.Domain.Whistles.Listings;
using Dispatch.Live;
using Dispatch.QueryModel;

namespace Dispatch.Gateway.Features.Whistles;

/// <summary>The department scorecard (部门报到考评) for the zone centres, the county and the auditor.</summary>
public static class ScorecardEndpoints
{
    public static IEndpointRouteBuilder MapScorecards(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scorecards/departments", Departments)
            .RequireAuthorization()
            .WithTags("whistles")
            .Produces<List<DepartmentScore>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Per department: whistles received, reported and arrived on time, median seconds to report and to arrive, average rating; from/to are days (YYYY-MM-DD, China time), zoneId narrows to one zone.");
        return app;
    }

    static async Task<IResult> Departments(ClaimsPrincipal user, CountyDirectory county, Listings<WhistleRecord> listings, TimeProvider time,
        string? from = null, string? to = null, string? zoneId = null)
    {
        if (user.Scope() is not { Role: Role.CountyCommander or Role.ZoneDispatcher or Role.Auditor } scope)
            return Results.Problem(title: "只有片区指挥中心、县指挥中心和监督部门可以查看部门考评", statusCode: StatusCodes.Status403Forbidden);
        var errors = new Dictionary<string, string[]>();
        var first = Day(from, "from", errors);
        var last = Day(to, "to", errors);
        if (first is { } f && last is { } l && f > l) errors["to"] = ["结束日期不能早于开始日期"];
        if (zoneId is not null && !county.HasZone(zoneId)) errors["zoneId"] = ["未知的片区"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "查询条件无效");
        if (zoneId is not null && !scope.IsCountyWide && !scope.ZoneIds.Contains(zoneId))
            return Results.Problem(title: "只能查看本片区的部门考评", statusCode: StatusCodes.Status403Forbidden);

        // From the query model: the period's month sets of the zones asked about (the county's when county-wide).
        IReadOnlyList<string>? zones = zoneId is not null ? [zoneId]
            : scope.IsCountyWide ? null
            : county.Data.Zones.Select(z => z.Id).Where(scope.ZoneIds.Contains).ToList();
        var read = WhistleSets.ForScorecard(zones, first, last, DepartmentScorecard.DayOf(time.GetUtcNow()));
        var whistles = new List<WhistleRecord>();
        await foreach (var w in listings.All(read.Sets, null, read.CreatedBefore)) whistles.Add(w);
        return Results.Ok(DepartmentScorecard.Compute(whistles, county.Data.Departments.Select(d => d.Id), first, last));
    }

    static DateOnly? Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = ["日期格式须为 YYYY-MM-DD"];
        return null;
    }
}
