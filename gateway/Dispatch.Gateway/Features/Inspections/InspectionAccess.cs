using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.AspNetCore.Authorization;
using Dispatch.Live;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>Who reaches the joint-inspection routes at all; each handler then applies the object-level rule.</summary>
public static class InspectionAccess
{
    /// <summary>Console roles, the joint meeting's office and the administrator: catalogue, tasks, draw verification.</summary>
    public static void Readers(AuthorizationPolicyBuilder p) => p.RequireRole([.. Policies.ConsoleRoleNames, Roles.Planner, Roles.Admin]);

    /// <summary>Readers plus officers (an inspector reads the visits it was drawn for, and records results).</summary>
    public static void TaskReaders(AuthorizationPolicyBuilder p) => p.RequireRole([.. Policies.ConsoleRoleNames, Roles.Planner, Roles.Admin, Roles.Officer]);

    /// <summary>Who files plans and out-of-plan checks: the office for any department, a desk for its own.</summary>
    public static void Filers(AuthorizationPolicyBuilder p) => p.RequireRole(Roles.Planner, Roles.DepartmentDesk);

    /// <summary>Who reads plans, filings, runs and draw records county-wide (a desk reads its own department's plans).</summary>
    public static void PlanReaders(AuthorizationPolicyBuilder p) => p.RequireRole(Roles.Planner, Roles.CountyCommander, Roles.Auditor, Roles.Admin, Roles.DepartmentDesk);

    public static void Planner(AuthorizationPolicyBuilder p) => p.RequireRole(Roles.Planner);

    public static Scope ScopeOf(ClaimsPrincipal user) => user.Scope() ?? throw new ForbiddenException("无权访问");

    /// <summary>One year of the county's office.</summary>
    public static IInspectionYearGrain OfficeYear(this IGrainFactory grains, CountyDirectory county, int year) => grains.OfficeYear(county.Data.Id, year);

    /// <summary>The county's year now (China time): what a list without <c>?year=</c> reads.</summary>
    public static int ThisYear(TimeProvider time) => InspectionYears.Of(time.GetUtcNow());

    /// <summary>The years in which the county's office has work, oldest first.</summary>
    public static Task<IReadOnlyList<int>> YearsWithWork(this IGrainFactory grains, CountyDirectory county) => grains.Office(county.Data.Id).Years();

    /// <summary>What each of the years holds, one list (the years read at once).</summary>
    public static async Task<List<T>> AcrossYears<T>(IEnumerable<int> years, Func<int, Task<IReadOnlyList<T>>> read) =>
        [.. (await Task.WhenAll(years.Select(read))).SelectMany(items => items)];

    /// <summary>A <c>?year=</c> outside the office's years; one that is not a number the framework answers 400 already.</summary>
    public static bool IsBadYear(int? year) => year is { } y && !InspectionYears.IsValid(y);

    public static IResult BadYear() => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["year"] = [$"年度须在 {InspectionYears.First}–{InspectionYears.Last} 之间"] }, title: "年度有误");
}
