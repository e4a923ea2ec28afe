using System.Globalization;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Incidents.Intake;
using Dispatch.Domain.Open311;
using Dispatch.Gateway.Auth;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Open311;

namespace Dispatch.Gateway.Features.Open311;

/// <summary>
/// Open311 GeoReport v2 (<c>/open311/v2</c>) over the same incidents: the catalogue as services, a request filed
/// through the one intake path (source hotline: a citizen complaint channel, as 12345 is), and its progress.
/// </summary>
public static class Open311Endpoints
{
    public const int MaxAddress = 200, MaxMediaUrl = 500;

    public static IEndpointRouteBuilder MapOpen311(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/open311/v2").WithTags("open311").AllowAnonymous();
        group.MapGet("/services.json", Services).Produces<List<Open311Service>>()
            .WithSummary("The category catalogue as GeoReport v2 services.");
        group.MapPost("/requests.json", Create).DisableAntiforgery()
            .RequireRateLimiting(Auth.RateLimitSetup.ExternalIntake).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .Accepts<Dictionary<string, string>>("application/x-www-form-urlencoded", "application/json")
            .Produces<List<Open311Receipt>>(StatusCodes.Status201Created).Produces<List<Open311Receipt>>()
            .Produces<List<Open311Error>>(StatusCodes.Status400BadRequest).Produces<List<Open311Error>>(StatusCodes.Status403Forbidden)
            .WithSummary("A service request (form or JSON: service_code, lat, long, description, api_key, address_string, media_url). 201 new, 200 merged into an open incident.");
        group.MapGet("/requests/{id}.json", Get).Produces<List<Open311RequestView>>().Produces<List<Open311Error>>(StatusCodes.Status404NotFound)
            .WithSummary("A service request made through Open311: status open or closed, with notes.");
        return app;
    }

    static List<Open311Service> Services(CountyDirectory county)
    {
        var departments = county.Data.Departments.ToDictionary(d => d.Id, d => d.Name);
        var texts = county.Data.Incidents.HotlineCategories.ToLookup(m => m.Value, m => m.Key);
        return county.Data.Categories.Select(c => new Open311Service(c.Id, c.Name,
            $"{c.Name}（责任部门：{departments.GetValueOrDefault(c.DepartmentId, c.DepartmentId)}）", false, "realtime",
            string.Join(",", texts[c.Id]), departments.GetValueOrDefault(c.DepartmentId, c.DepartmentId))).ToList();
    }

    static async Task<IResult> Create(HttpRequest http, IntakeKeys keys, CountyDirectory county, IGrainFactory grains, TimeProvider time)
    {
        if (await Open311Form.Read(http) is not { } form) return Open311Error.Answer(400, "请求体须为表单（application/x-www-form-urlencoded）或 JSON 对象");
        if (!keys.Open311(form.ApiKey)) return Open311Error.Answer(403, "api_key 无效或缺失");
        if (Refusal(form) is { } bad) return Open311Error.Answer(400, bad);

        var lat = Number(form.Lat);
        var lon = Number(form.Long);
        var check = IncidentIntake.Check(new ReportDraft(form.ServiceCode, form.Description, null, lat, lon, null, null, "hotline"), IntakeBridges.Open311, county);
        if (check.Report is not { } report)
            return Open311Error.Answer(400, string.Join("；", check.Errors.Select(e => $"{Open311Name(e.Key)}：{string.Join("，", e.Value)}")));

        var zoneId = county.Township(report.TownshipId!)!.ZoneId;
        var result = await grains.GetGrain<IIncidentDeskGrain>(zoneId).Intake(report, IntakeBridges.Open311, null);
        var id = result.Incident.Id;
        await grains.GetGrain<IOpen311RequestGrain>(id).Remember(new Open311Request(id, report.Category, report.Description, lat!.Value, lon!.Value,
            Blank(form.AddressString), Blank(form.MediaUrl), time.GetUtcNow()));
        var receipt = new[] { new Open311Receipt(id, result.Merged ? "同一位置已有相同问题在办，已并入该工单" : "已受理，将由责任部门处理") };
        return result.Merged ? Results.Ok(receipt) : Results.Json(receipt, statusCode: StatusCodes.Status201Created);
    }

    static async Task<IResult> Get(string id, CountyDirectory county, IGrainFactory grains)
    {
        // Only requests made through Open311 are answered here; any other incident is as unknown as a made-up id.
        if (!InputLimits.IsId(id) || await grains.GetGrain<IOpen311RequestGrain>(id).Get() is not { } request
            || await grains.GetGrain<IIncidentGrain>(id).Get() is not { } incident)
            return Open311Error.Answer(404, $"未找到服务请求：{id}");
        var (status, notes) = Open311Status.Of(incident);
        return Results.Ok(new[]
        {
            new Open311RequestView(id, status, notes, county.Category(request.ServiceCode)?.Name, request.ServiceCode, request.Description,
                request.RequestedAt, incident.UpdatedAt, request.Lat, request.Lon),
        });
    }

    /// <summary>What intake does not check: the GeoReport-only fields.</summary>
    static string? Refusal(Open311Form form)
    {
        if (form.Lat is not null && Number(form.Lat) is null || form.Long is not null && Number(form.Long) is null) return "lat 和 long 须为数字";
        if (form.AddressString is { Length: > MaxAddress }) return $"address_string 最多 {MaxAddress} 字";
        if (form.MediaUrl is { Length: > 0 } url && (url.Length > MaxMediaUrl || !Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https")))
            return $"media_url 须为 http(s) 地址，最多 {MaxMediaUrl} 个字符";
        return null;
    }

    static double? Number(string? s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static string Open311Name(string field) => field switch { "category" => "service_code", "location" => "lat/long", _ => field };
}
