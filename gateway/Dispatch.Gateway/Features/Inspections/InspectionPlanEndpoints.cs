using System.Globalization;
using System.Security.Claims;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Inspections;
using static Dispatch.Gateway.Features.Inspections.InspectionAccess;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The catalogue, the departments' annual plans and out-of-plan filings (DOMAIN.md §4 rules 1–2).</summary>
public static class InspectionPlanEndpoints
{
    public sealed record AdhocRequest(string? DepartmentId, string? EnterpriseId, string? ItemCode, string? PlannedDate, string? Exemption);

    public static IEndpointRouteBuilder MapInspectionPlans(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/inspections").WithTags("inspections");
        group.MapGet("/scenarios", (CountyDirectory county) => Results.Ok(new CatalogueView(county.InspectionCatalogue.Items, county.InspectionCatalogue.Scenarios)))
            .RequireAuthorization(Readers).Produces<CatalogueView>()
            .WithSummary("The county's inspection items (with their qualification and legal basis) and its scenarios (一件事).");
        group.MapGet("/plans", ListPlans).RequireAuthorization(PlanReaders).Produces<List<PlanView>>().ProducesValidationProblem()
            .WithSummary("Filed plans of a year (default: this year): all for the office, the county and the auditor; a desk its own department's.");
        group.MapPost("/plans", FilePlan).RequireAuthorization(Filers).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<PlanView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("File a department's plan for a year: its quarters replace the same quarters filed earlier. The office files for any department, a desk for its own.");
        group.MapGet("/adhoc", ListFilings).RequireAuthorization(PlanReaders).Produces<List<AdhocView>>().ProducesValidationProblem()
            .WithSummary("Out-of-plan filings whose planned date is in a year (default: this year), newest first; a desk its own department's.");
        group.MapPost("/adhoc", FileAdhoc).RequireAuthorization(Filers).RequireRateLimiting(Auth.RateLimitSetup.Actions)
            .Produces<AdhocView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("File an out-of-plan check: 201 when filed early enough or exempt; otherwise 409 with the reason, and the check is queued for the next plan.");
        return app;
    }

    static async Task<IResult> ListPlans(ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time, int? year = null)
    {
        var scope = ScopeOf(user);
        if (IsBadYear(year)) return BadYear();
        var plans = await grains.OfficeYear(county, year ?? ThisYear(time)).Plans();
        return Results.Ok(plans.Where(p => InspectionScope.CanReadPlansOf(scope, p.Plan.DepartmentId))
            .OrderBy(p => p.Plan.DepartmentId, StringComparer.Ordinal).Select(PlanView.Of).ToList());
    }

    static async Task<IResult> FilePlan(PlanDraft? request, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county)
    {
        var scope = ScopeOf(user);
        if (request?.DepartmentId is { } dept && county.HasDepartment(dept) && !InspectionScope.CanFileFor(scope, dept))
            return Results.Problem(title: "部门值班只能为本部门报送检查计划", statusCode: StatusCodes.Status403Forbidden);
        var directory = (await grains.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id).List()).Select(e => e.CreditCode).ToHashSet();
        var (plan, errors) = PlanIntake.Check(request, county.InspectionCatalogue, county.HasDepartment, directory.Contains);
        if (plan is null) return Results.ValidationProblem(errors, title: "检查计划有误，未报送");
        if (!InspectionScope.CanFileFor(scope, plan.DepartmentId))
            return Results.Problem(title: "部门值班只能为本部门报送检查计划", statusCode: StatusCodes.Status403Forbidden);
        return Results.Ok(PlanView.Of(await grains.OfficeYear(county, plan.Year).FilePlan(plan, scope.Username)));
    }

    static async Task<IResult> ListFilings(ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county, TimeProvider time, int? year = null)
    {
        var scope = ScopeOf(user);
        if (IsBadYear(year)) return BadYear();
        var filings = await grains.OfficeYear(county, year ?? ThisYear(time)).Filings();
        return Results.Ok(filings.Where(f => InspectionScope.CanReadPlansOf(scope, f.DepartmentId)).OrderByDescending(f => f.FiledAt).Select(AdhocView.Of).ToList());
    }

    static async Task<IResult> FileAdhoc(AdhocRequest? request, ClaimsPrincipal user, IGrainFactory grains, CountyDirectory county)
    {
        var scope = ScopeOf(user);
        var errors = new Dictionary<string, string[]>();
        if (request?.DepartmentId is not { } dept || !county.HasDepartment(dept)) errors["departmentId"] = ["请选择有效的部门"];
        else if (!InspectionScope.CanFileFor(scope, dept))
            return Results.Problem(title: "部门值班只能为本部门报备计划外检查", statusCode: StatusCodes.Status403Forbidden);
        var code = request?.EnterpriseId?.Trim().ToUpperInvariant();
        var enterprise = code is not null && CreditCode.IsValid(code) ? await grains.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id).Get(code) : null;
        if (enterprise is null) errors["enterpriseId"] = ["企业不在监管对象名录中"];
        var item = county.InspectionCatalogue.Item(request?.ItemCode);
        if (item is null || item.DepartmentId != request?.DepartmentId) errors["itemCode"] = ["检查事项不属于该部门的检查事项清单"];
        if (!DateOnly.TryParseExact(request?.PlannedDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors["plannedDate"] = ["计划检查日期须为 YYYY-MM-DD"];
        else if (!InspectionYears.IsValid(date.Year))
            errors["plannedDate"] = [$"计划检查日期须在 {InspectionYears.First}–{InspectionYears.Last} 年之间"];
        AdhocExemption? exemption = null;
        if (request?.Exemption is { } text && (exemption = WireNames.Parse<AdhocExemption>(text)) is null)
            errors["exemption"] = ["免于提前报备的情形须为 commitmentApproval、environmentSafety 或 specialCampaign"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "计划外检查报备有误");

        var check = new AdhocCheckRequest(request!.DepartmentId!, enterprise!.CreditCode, item!.Code, date, exemption);
        var filing = await grains.OfficeYear(county, InspectionYears.Of(check)).FileAdhoc(check, enterprise.Name, scope.Username);
        var view = AdhocView.Of(filing);
        return filing.Status == AdhocFilingStatus.Allowed
            ? Results.Created($"/api/inspections/adhoc/{filing.Id}", view)
            : Results.Problem(title: "计划外检查未按期报备，不得单独实施", detail: filing.Reason, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["filing"] = view });
    }
}
