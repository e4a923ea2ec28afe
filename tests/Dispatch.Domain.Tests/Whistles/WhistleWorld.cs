using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;

namespace Dispatch.Domain.Tests.Whistles;

/// <summary>The demo county and its people, and whistles in each state, for the whistle rule tests.</summary>
static class WhistleWorld
{
    public static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    public static readonly WhistleSettings Settings = new();
    public static readonly DateTimeOffset T0 = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero); // 10:00 China time
    public static readonly GeoPoint InT01 = County.TownshipShape("T01").Centroid;
    public static readonly GeoPoint InT02 = County.TownshipShape("T02").Centroid;

    public static readonly Actor Staff = new(new Scope(Role.TownshipStaff, "township", [], TownshipId: "T01"), "乡镇工作人员");
    public static readonly Actor Leader = new(new Scope(Role.TownshipStaff, "leader", [], TownshipId: "T01", Approver: true), "乡镇主要领导");
    public static readonly Actor OtherLeader = new(new Scope(Role.TownshipStaff, "leader2", [], TownshipId: "T02", Approver: true), "另一乡镇领导");
    public static readonly Actor ScjgDesk = new(new Scope(Role.DepartmentDesk, "desk", [], DepartmentId: "scjg"), "市场监管值班");
    public static readonly Actor ZhzfDesk = new(new Scope(Role.DepartmentDesk, "desk-zhzf", [], DepartmentId: "zhzf"), "综合执法值班");
    public static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]), "片区值班员");
    public static readonly Actor OtherZone = new(new Scope(Role.ZoneDispatcher, "dispatcher3", ["Z3"]), "西部片区值班员");
    public static readonly Actor Commander = new(new Scope(Role.CountyCommander, "county", []), "县指挥中心");
    public static readonly Actor Auditor = new(new Scope(Role.Auditor, "auditor", []), "监督员");

    /// <summary>An officer of the department stationed in the township, as its own actor.</summary>
    public static OfficerProfile OfficerOf(string department, string township = "T01", int nth = 0) =>
        County.Data.Officers.Where(o => o.DepartmentId == department && o.TownshipId == township).Skip(nth)
            .Select(o => County.Officer(o.Id)!).First();

    public static Actor As(OfficerProfile o) => new(new Scope(Role.Officer, o.Code, o.ZoneId is { } z ? [z] : [], o.TownshipId, o.DepartmentId, o.Id), o.Name);

    public static WhistleDraft Draft(GeoPoint? at = null, string? urgency = "urgent", string? township = "T01", string? incidentId = null,
        params PartDraft[] parts) =>
        new("河道违建", "需多部门联合处置", (at ?? InT01).Lat, (at ?? InT01).Lon, township, urgency,
            parts.Length == 0 ? [new("scjg", "lead", "执法记录仪"), new("zhzf", "assist", "拆除工具")] : parts, incidentId);

    public static WhistleRecord Filed(string urgency = "urgent", DateTimeOffset? at = null)
    {
        var check = WhistleIntake.Check(Draft(urgency: urgency), Staff, County, null);
        return WhistleRules.File("W-Z1-20261130-0001", check.Whistle!, Staff, at ?? T0, Settings);
    }

    public static WhistleRecord Open(DateTimeOffset? at = null) => Must(Filed(at: at), WhistleAction.Approve, Leader, new(), at ?? T0);

    public static WhistleOutcome Apply(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, DateTimeOffset? at = null) =>
        WhistleRules.Apply(w, action, who, input, at ?? T0, County.Officer, Settings);

    public static WhistleRecord Must(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, DateTimeOffset? at = null)
    {
        var outcome = Apply(w, action, who, input, at);
        Assert.True(outcome.Refusal is null, outcome.Refusal?.Message);
        return outcome.Record!;
    }

    public static void Refused(WhistleRecord w, WhistleAction action, Actor who, WhistleInput input, RefusalKind kind)
    {
        var outcome = Apply(w, action, who, input);
        Assert.Null(outcome.Record);
        Assert.Equal(kind, outcome.Refusal?.Kind);
        Assert.Empty(outcome.Moves);
    }
}
