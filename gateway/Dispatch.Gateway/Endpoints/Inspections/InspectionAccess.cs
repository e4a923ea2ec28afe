using System.Security.Claims;
using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Grains.Contracts;
using Dispatch.Grains.Contracts.Inspections;
using Dispatch.Live;
using Microsoft.AspNetCore.Authorization;

namespace Dispatch.Gateway.Endpoints.Inspections;

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

    public static IInspectionOfficeGrain Office(this IGrainFactory grains, CountyDirectory county) => grains.GetGrain<IInspectionOfficeGrain>(county.Data.Id);
}
