using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

/// <summary>Object-level rules of incident actions: whom a dispatcher may dispatch, and what any action may carry.</summary>
public class IncidentAuthorityTests
{
    static readonly CountyDirectory County = new(DemoCounty.Generate(null));
    static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
    static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]), "值班员");
    static readonly Actor Grid = new(new Scope(Role.GridWorker, "grid", [], TownshipId: "T01"), "网格员");

    static readonly OfficerProfile MarketInZ1 = County.Officers.First(o => o.ZoneId == "Z1" && o.DepartmentId == "scjg");
    static readonly OfficerProfile MarketInZ3 = County.Officers.First(o => o.ZoneId == "Z3" && o.DepartmentId == "scjg");
    static readonly OfficerProfile UrbanInZ1 = County.Officers.First(o => o.ZoneId == "Z1" && o.DepartmentId == "zhzf");

    static IncidentRecord Registered(string status = "registered") => new()
    {
        Id = "Z1-20261130-0001",
        Status = WireNames.Parse<IncidentStatus>(status)!.Value,
        Category = "food-safety",
        Description = "餐馆后厨卫生差",
        Location = County.TownshipShape("T01").Centroid,
        TownshipId = "T01",
        ZoneId = "Z1",
        DepartmentId = "scjg",
        ReportedBy = "grid",
    };

    static ActionOutcome Dispatch(Actor who, OfficerProfile? officer, string officerId, string? reason = null) =>
        IncidentRules.Apply(Registered(), IncidentAction.Dispatch, who, new ActionInput(OfficerId: officerId, Reason: reason), Now,
            new ActionContext(officer));

    [Fact]
    public void A_zone_dispatcher_dispatches_officers_of_its_zone()
    {
        var ok = Dispatch(Dispatcher, MarketInZ1, MarketInZ1.Id);
        Assert.Equal(IncidentStatus.Dispatched, ok.Record!.Status);
        Assert.Null(ok.Record.Timeline[^1].Data!.OutsideDepartment);
    }

    [Fact]
    public void An_officer_of_another_zone_gets_the_same_answer_as_an_unknown_one()
    {
        var outside = Dispatch(Dispatcher, MarketInZ3, MarketInZ3.Id);
        var unknown = Dispatch(Dispatcher, null, "O9999");
        Assert.Equal(RefusalKind.Invalid, outside.Refusal!.Kind);
        Assert.Equal(unknown.Refusal, outside.Refusal);
        Assert.Equal(IncidentRules.NotYourOfficer, outside.Refusal.Message);
    }

    [Fact]
    public void An_officer_of_another_department_needs_a_reason_which_the_timeline_records()
    {
        var bare = Dispatch(Dispatcher, UrbanInZ1, UrbanInZ1.Id);
        Assert.Equal(RefusalKind.Invalid, bare.Refusal!.Kind);
        var reasoned = Dispatch(Dispatcher, UrbanInZ1, UrbanInZ1.Id, "市场监管队员均在外执勤，综合执法先行到场");
        var entry = reasoned.Record!.Timeline[^1];
        Assert.True(entry.Data!.OutsideDepartment);
        Assert.Equal("市场监管队员均在外执勤，综合执法先行到场", entry.Reason);
    }

    [Fact]
    public void The_system_dispatches_any_known_officer()
    {
        Assert.NotNull(Dispatch(Actor.System, MarketInZ3, MarketInZ3.Id).Record);
        Assert.NotNull(Dispatch(Actor.System, null, "O9999").Refusal);
    }

    [Theory]
    [InlineData(IncidentAction.Register, "reason")]
    [InlineData(IncidentAction.Register, "comment")]
    [InlineData(IncidentAction.Reject, "reason")]
    [InlineData(IncidentAction.Dispatch, "officerId")]
    public void An_over_long_value_on_any_action_is_refused_and_changes_nothing(IncidentAction action, string field)
    {
        var huge = new string('长', InputLimits.Text + 1);
        var input = field switch
        {
            "reason" => new ActionInput(Reason: huge),
            "comment" => new ActionInput(Comment: huge),
            _ => new ActionInput(OfficerId: huge),
        };
        var before = Registered(action == IncidentAction.Dispatch ? "registered" : "reported");
        var outcome = IncidentRules.Apply(before, action, Dispatcher, input, Now, new ActionContext(MarketInZ1));
        Assert.Equal(RefusalKind.Invalid, outcome.Refusal!.Kind);
        Assert.Null(outcome.Record);
    }

    [Fact]
    public void Evidence_ids_must_name_the_incidents_own_photos()
    {
        var photo = new EvidenceRef("a1b2", "image/png", 10, "officer", Now);
        var onScene = Registered("onScene") with { AssignedOfficerId = MarketInZ1.Id, Evidence = [photo] };
        var officer = new Actor(new Scope(Role.Officer, MarketInZ1.Code, [], MarketInZ1.TownshipId, "scjg", MarketInZ1.Id), MarketInZ1.Name);
        Assert.NotNull(IncidentRules.Apply(onScene, IncidentAction.Handle, officer, new ActionInput(Result: "已整改", EvidenceIds: ["someone-elses"]), Now).Refusal);
        Assert.NotNull(IncidentRules.Apply(onScene, IncidentAction.Handle, officer,
            new ActionInput(Result: "已整改", EvidenceIds: Enumerable.Repeat("a1b2", InputLimits.EvidenceIdsPerAction + 1).ToList()), Now).Refusal);
        var ok = IncidentRules.Apply(onScene, IncidentAction.Handle, officer, new ActionInput(Result: "已整改", EvidenceIds: ["a1b2"]), Now);
        Assert.Equal(["a1b2"], ok.Record!.Timeline[^1].Data!.EvidenceIds);
    }

    [Fact]
    public void Photos_are_refused_once_the_incident_is_closed_or_full()
    {
        Assert.Null(IncidentRules.EvidenceRefusal(Registered(), Grid));
        Assert.Equal(RefusalKind.Conflict, IncidentRules.EvidenceRefusal(Registered("closed"), Grid)!.Kind);
        Assert.Equal(RefusalKind.Conflict, IncidentRules.EvidenceRefusal(Registered("rejected"), Grid)!.Kind);
        var auditor = new Actor(new Scope(Role.Auditor, "auditor", []), "监督");
        Assert.Equal(RefusalKind.Forbidden, IncidentRules.EvidenceRefusal(Registered(), auditor)!.Kind);
        var full = Registered() with
        {
            Evidence = Enumerable.Range(0, InputLimits.EvidencePerIncident).Select(i => new EvidenceRef($"e{i}", "image/png", 1, "x", Now)).ToList(),
        };
        Assert.NotNull(IncidentRules.EvidenceRefusal(full, Grid));
    }

    [Fact]
    public void A_register_by_the_command_centre_may_set_the_priority_and_the_deadlines_follow()
    {
        var reported = Registered("reported") with { RequestedPriority = Priority.Urgent, AutoDispatchAllowed = false, CreatedAt = Now };
        var category = County.Category("food-safety")!;
        var outcome = IncidentRules.Apply(reported, IncidentAction.Register, Dispatcher, new ActionInput(Priority: Priority.Urgent), Now,
            new ActionContext(null, category, County.Data.Incidents));
        var r = outcome.Record!;
        Assert.Equal(Priority.Urgent, r.Priority);
        Assert.True(r.AutoDispatchAllowed);
        Assert.Equal(Now + TimeSpan.FromMinutes(5), r.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due);
        Assert.Equal(Priority.Urgent, r.Timeline[^1].Data!.Priority);
    }

    [Fact]
    public void Auto_dispatch_finding_nobody_is_recorded_once()
    {
        var waiting = IncidentRules.AwaitOfficer(Registered(), Now);
        Assert.True(waiting.AwaitingOfficer);
        Assert.Equal("autoDispatchWaiting", waiting.Timeline[^1].Action);
        Assert.Same(waiting, IncidentRules.AwaitOfficer(waiting, Now.AddMinutes(1)));
        var dispatched = IncidentRules.Apply(waiting, IncidentAction.Dispatch, Actor.System, new ActionInput(OfficerId: MarketInZ1.Id), Now,
            new ActionContext(MarketInZ1)).Record!;
        Assert.False(dispatched.AwaitingOfficer);
    }
}

public class TimelineRedactionTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
    static readonly Actor Hotline = new(new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]), "值班员");
    static readonly Scope Grid = new(Role.GridWorker, "grid", [], TownshipId: "T01");

    static IncidentRecord WithMerge() => new()
    {
        Id = "Z1-20261130-0002",
        Category = "noise",
        Description = "工地夜间施工",
        Location = new GeoPoint(28.4, 119.9),
        TownshipId = "T01",
        ZoneId = "Z1",
        DepartmentId = "zhzf",
        ReportedBy = "grid",
        Timeline =
        [
            TimelineEntry.Of(new Actor(Grid, "网格员"), Now, "report", null, IncidentStatus.Reported),
            TimelineEntry.Of(Hotline, Now, "merge", IncidentStatus.Reported, IncidentStatus.Reported,
                data: new TimelineData { Description = "市民张先生（13800000000）反映" }, location: new GeoPoint(28.4, 119.9)),
        ],
    };

    [Fact]
    public void A_reporter_reads_that_another_report_came_in_but_not_its_words_or_author()
    {
        var seen = TimelineRedaction.For(WithMerge(), Grid);
        var merge = seen.Single(e => e.Action == "merge");
        Assert.Null(merge.Data);
        Assert.Equal("", merge.Username);
        Assert.Equal(TimelineRedaction.OtherReporter, merge.DisplayName);
        Assert.Equal("grid", seen[0].Username);
    }

    [Fact]
    public void Those_who_handle_the_case_read_every_report()
    {
        var zone = new Scope(Role.ZoneDispatcher, "dispatcher", ["Z1"]);
        Assert.Equal("市民张先生（13800000000）反映", TimelineRedaction.For(WithMerge(), zone).Single(e => e.Action == "merge").Data!.Description);
        var township = new Scope(Role.TownshipStaff, "township", [], TownshipId: "T01");
        Assert.NotNull(TimelineRedaction.For(WithMerge(), township).Single(e => e.Action == "merge").Data);
    }
}
