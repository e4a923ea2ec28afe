using System.Globalization;
using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Inspections;
using Dispatch.Live;
using static Dispatch.Gateway.Features.Inspections.InspectionAccess;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The joint-inspection indicators (DOMAIN.md §5) per county, zone or department and date range, as JSON or CSV.</summary>
public static class IndicatorEndpoints
{
    public static IEndpointRouteBuilder MapIndicators(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators", Get).WithTags("inspections")
            .RequireAuthorization(p => p.RequireRole(Roles.CountyCommander, Roles.Auditor, Roles.Planner, Roles.Admin, Roles.ZoneDispatcher, Roles.DepartmentDesk))
            .Produces<IndicatorView>().Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("综合查一次实施率, 减少扰企户次, 计划检查率, 重复检查率, 联合检查率, 亮码检查率, 按期公示率 over visits planned from–to (default: this year); Accept: text/csv for CSV.");
        return app;
    }

    static async Task<IResult> Get(HttpContext http, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time,
        string? scope = null, string? id = null, string? from = null, string? to = null)
    {
        var who = ScopeOf(user);
        var errors = new Dictionary<string, string[]>();
        var kind = WireNames.Parse<IndicatorScope>(scope ?? "county");
        if (kind is null) errors["scope"] = ["scope 须为 county、zone 或 department"];
        else if (kind == IndicatorScope.Zone && (id is null || !county.HasZone(id))) errors["id"] = ["请指定有效的片区编号"];
        else if (kind == IndicatorScope.Department && (id is null || !county.HasDepartment(id))) errors["id"] = ["请指定有效的部门编号"];
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaTime.Offset).DateTime);
        var start = Date(from, new DateOnly(today.Year, 1, 1), "from", errors);
        var end = Date(to, new DateOnly(today.Year, 12, 31), "to", errors);
        if (errors.Count == 0 && end < start) errors["to"] = ["结束日期不能早于开始日期"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "指标查询参数有误");

        var allowed = who.Role switch
        {
            Role.CountyCommander or Role.Auditor or Role.Planner or Role.Admin => true,
            Role.ZoneDispatcher => kind == IndicatorScope.Zone && who.ZoneIds.Contains(id!),
            Role.DepartmentDesk => kind == IndicatorScope.Department && who.DepartmentId == id,
            _ => false,
        };
        if (!allowed) return Results.Problem(title: "只能查看本片区或本部门的指标", statusCode: StatusCodes.Status403Forbidden);

        var years = (await grains.YearsWithWork(county)).Where(y => y >= start.Year && y <= end.Year).ToList();
        var tasks = await AcrossYears(years, y => grains.OfficeYear(county, y).Tasks(null));
        var filings = await AcrossYears(years, y => grains.OfficeYear(county, y).Filings());
        var directory = grains.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id);
        var townships = kind == IndicatorScope.Zone
            ? (await directory.List()).ToDictionary(e => e.CreditCode, e => county.Township(e.TownshipId)?.ZoneId)
            : [];
        var figures = InspectionIndicators.Compute(tasks, filings, kind!.Value, id, start, end, time.GetUtcNow(), code => townships.GetValueOrDefault(code));
        var view = IndicatorView.Of(WireNames.Of(kind.Value), kind == IndicatorScope.County ? null : id, start, end, figures);
        var wantsCsv = http.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true);
        return wantsCsv
            ? Results.Text(view.ToCsv(), "text/csv; charset=utf-8")
            : Results.Ok(view);
    }

    static DateOnly Date(string? text, DateOnly fallback, string field, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors[field] = ["日期须为 YYYY-MM-DD"];
        return fallback;
    }
}
