using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Grains.Tests;

/// <summary>Incidents in zone Z3 (townships T09–T12), away from the officers other tests move.</summary>
[Collection(ClusterCollection.Name)]
public class IncidentGrainTests(ClusterFixture fixture)
{
    static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "d3", ["Z3"]), "片区值班员");
    static readonly Actor GridWorker = new(new Scope(Role.GridWorker, "g9", [], TownshipId: "T09"), "网格员");
    static readonly GeoPoint T09 = ClusterFixture.County.TownshipShape("T09").Centroid;

    static Actor OfficerActor(string id)
    {
        var o = ClusterFixture.County.Officer(id)!;
        return new Actor(new Scope(Role.Officer, o.Code, [o.ZoneId!], o.TownshipId, o.DepartmentId, o.Id), o.Name);
    }

    IIncidentDeskGrain Desk => fixture.Grains.GetGrain<IIncidentDeskGrain>("Z3");
    IIncidentGrain Incident(string id) => fixture.Grains.GetGrain<IIncidentGrain>(id);
    IOfficerGrain Officer(string id) => fixture.Grains.GetGrain<IOfficerGrain>(id);

    async Task OnDutyAt(string officerId, GeoPoint at)
    {
        await Officer(officerId).SetOnDuty(true, ReportSource.Device);
        await Officer(officerId).ReportPosition(new PositionReport(at.Lat, at.Lon, 5, DateTimeOffset.UtcNow), ReportSource.Device);
        await Eventually.Value(fixture.Grains.GetGrain<IZoneGrain>("Z3").GetOfficers,
            t => t.Single(l => l.OfficerId == officerId) is { Status: OfficerStatus.Available, Position: not null }, $"{officerId} free in the zone table");
    }

    static NewIncident Report(string category, GeoPoint at, Priority? priority = null) =>
        new(category, "测试事件", priority, at, "T09", null, IncidentSource.Grid);

    [Fact]
    public async Task Intake_numbers_incidents_and_a_retried_key_returns_the_same_incident()
    {
        var at = GeoDistance.Offset(T09, 900, 0);
        var first = await Desk.Intake(Report("littering", at), GridWorker, "key-1");
        var retry = await Desk.Intake(Report("littering", at), GridWorker, "key-1");
        Assert.False(first.Merged);
        Assert.Equal(first.Incident.Id, retry.Incident.Id);
        Assert.Matches(@"^Z3-\d{8}-\d{4}$", first.Incident.Id);
        Assert.Equal(IncidentStatus.Reported, first.Incident.Status);
        Assert.Equal("zhzf", first.Incident.DepartmentId);
        Assert.Equal(3, first.Incident.Deadlines.Count);
        Assert.Single(first.Incident.Timeline);
    }

    [Fact]
    public async Task A_report_near_an_open_incident_of_the_same_category_is_merged_into_it()
    {
        var at = GeoDistance.Offset(T09, 700, 90);
        var first = await Desk.Intake(Report("cooking-fumes", at), GridWorker, null);
        var second = await Desk.Intake(Report("cooking-fumes", GeoDistance.Offset(at, 40, 0)), GridWorker, null);
        var elsewhere = await Desk.Intake(Report("cooking-fumes", GeoDistance.Offset(at, 400, 0)), GridWorker, null);
        Assert.True(second.Merged);
        Assert.Equal(first.Incident.Id, second.Incident.Id);
        Assert.Equal(2, second.Incident.Reports);
        Assert.False(elsewhere.Merged);
    }

    [Fact]
    public async Task The_closed_loop_runs_and_the_officer_status_follows_the_work()
    {
        var at = GeoDistance.Offset(T09, 300, 180);
        await OnDutyAt("O0203", GeoDistance.Offset(at, 200, 0)); // zhzf, T09
        var id = (await Desk.Intake(Report("street-vending", at), GridWorker, null)).Incident.Id;

        await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        var recommended = await Incident(id).Recommend(Dispatcher);
        Assert.Equal("O0203", recommended[0].OfficerId);
        Assert.InRange(recommended[0].DistanceMeters, 150, 250);

        await Incident(id).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: "O0203"));
        Assert.Equal(OfficerStatus.Assigned, (await Officer("O0203").GetLive()).Status);
        Assert.Contains(fixture.Pushes.Offers, o => o.OfficerId == "O0203" && o.Offer.IncidentId == id);

        var officer = OfficerActor("O0203");
        await Incident(id).Act(IncidentAction.Acknowledge, officer, new());
        Assert.Equal(OfficerStatus.EnRoute, (await Officer("O0203").GetLive()).Status);
        await Incident(id).Act(IncidentAction.Arrive, officer, new());
        Assert.Equal(OfficerStatus.OnScene, (await Officer("O0203").GetLive()).Status);
        await Incident(id).Act(IncidentAction.Handle, officer, new(Result: "已劝离摊贩，恢复通行"));
        Assert.Equal(OfficerStatus.Available, (await Officer("O0203").GetLive()).Status);

        await Incident(id).Act(IncidentAction.Verify, GridWorker, new(Accepted: true, Comment: "现场已恢复"));
        await Incident(id).Act(IncidentAction.Close, Dispatcher, new());
        var done = await Incident(id).Act(IncidentAction.Evaluate, GridWorker, new(Score: 5));

        Assert.Equal(IncidentStatus.Evaluated, done.Status);
        Assert.Equal(["report", "register", "dispatch", "acknowledge", "arrive", "handle", "verify", "close", "evaluate"], done.Timeline.Select(e => e.Action));
        Assert.All(done.Timeline, e => Assert.False(string.IsNullOrEmpty(e.Username)));
        Assert.Equal("已劝离摊贩，恢复通行", done.Result);
        Assert.Contains(fixture.Pushes.Changes, c => c.Id == id && c.Status == IncidentStatus.Evaluated);
    }

    [Fact]
    public async Task An_illegal_transition_is_refused_and_changes_nothing()
    {
        var id = (await Desk.Intake(Report("land-violation", GeoDistance.Offset(T09, 1500, 270)), GridWorker, null)).Incident.Id;
        var e = await Assert.ThrowsAsync<RuleRefusedException>(() => Incident(id).Act(IncidentAction.Close, Dispatcher, new()));
        Assert.Contains("待立案", e.Message);
        var after = await Incident(id).Get();
        Assert.Equal(IncidentStatus.Reported, after!.Status);
        Assert.Single(after.Timeline);
    }

    [Fact]
    public async Task An_officer_cannot_act_on_another_officers_assignment_and_a_reason_is_required_to_reject()
    {
        var at = GeoDistance.Offset(T09, 500, 300);
        await OnDutyAt("O0204", at);
        var id = (await Desk.Intake(Report("outdoor-advertising", at), GridWorker, null)).Incident.Id;
        await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        await Incident(id).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: "O0204"));

        await Assert.ThrowsAsync<ForbiddenException>(() => Incident(id).Act(IncidentAction.Acknowledge, OfficerActor("O0205"), new()));
        await Assert.ThrowsAsync<ForbiddenException>(() => Incident(id).Act(IncidentAction.Park, GridWorker, new(Reason: "x")));
        await Assert.ThrowsAsync<InvalidRequestException>(() => Incident(id).Act(IncidentAction.Park, Dispatcher, new()));
        Assert.Equal(IncidentStatus.Dispatched, (await Incident(id).Get())!.Status);
    }

    [Fact]
    public async Task Dispatching_an_officer_who_is_busy_is_refused_and_nothing_is_written()
    {
        var at = GeoDistance.Offset(T09, 800, 200);
        var first = (await Desk.Intake(Report("street-vending", at), GridWorker, null)).Incident.Id;
        var second = (await Desk.Intake(Report("littering", GeoDistance.Offset(at, 500, 0)), GridWorker, null)).Incident.Id;
        await OnDutyAt("O0206", at);
        foreach (var id in new[] { first, second }) await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        await Incident(first).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: "O0206"));

        var e = await Assert.ThrowsAsync<RuleRefusedException>(() => Incident(second).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: "O0206")));
        Assert.Contains("其他任务", e.Message);
        Assert.Equal(IncidentStatus.Registered, (await Incident(second).Get())!.Status);
    }

    [Fact]
    public async Task An_urgent_incident_is_dispatched_by_the_system_and_a_decline_offers_the_next_officer()
    {
        var at = GeoDistance.Offset(T09, 250, 45);
        await OnDutyAt("O0221", GeoDistance.Offset(at, 100, 0));   // yjgl, T09: nearest
        await OnDutyAt("O0222", GeoDistance.Offset(at, 600, 0));   // yjgl, T09: next
        var created = (await Desk.Intake(Report("hazardous-chemicals", at), GridWorker, null)).Incident;
        Assert.Equal(Priority.Urgent, created.Priority);
        Assert.Equal(IncidentStatus.Dispatched, created.Status);
        Assert.Equal("O0221", created.AssignedOfficerId);

        var declined = await Incident(created.Id).Act(IncidentAction.Decline, OfficerActor("O0221"), new(Reason: "车辆故障"));
        Assert.Equal(IncidentStatus.Dispatched, declined.Status);
        Assert.Equal("O0222", declined.AssignedOfficerId);
        Assert.Contains("O0221", declined.DeclinedBy);
        Assert.Equal(OfficerStatus.Available, (await Officer("O0221").GetLive()).Status);
        Assert.Contains(fixture.Pushes.Offers, o => o.OfficerId == "O0222" && o.Offer.IncidentId == created.Id);
    }

    [Fact]
    public async Task Missed_deadlines_remind_then_escalate_to_the_zone_and_then_the_county()
    {
        var id = (await Desk.Intake(Report("farm-inputs", GeoDistance.Offset(T09, 1200, 120)), GridWorker, null)).Incident.Id;
        await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        var due = (await Incident(id).Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due; // normal: 30 min

        fixture.Clock.Advance(due - fixture.Clock.GetUtcNow() - TimeSpan.FromMinutes(2));
        await Incident(id).CheckDeadlines();
        Assert.Equal([EscalationLevel.Reminder], Levels(await Incident(id).Get(), DeadlineKind.Acknowledge));

        fixture.Clock.Advance(TimeSpan.FromMinutes(3));
        await Incident(id).CheckDeadlines();
        await Incident(id).CheckDeadlines(); // a second tick takes nothing twice
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Zone], Levels(await Incident(id).Get(), DeadlineKind.Acknowledge));

        fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        await Incident(id).CheckDeadlines();
        var record = await Incident(id).Get();
        Assert.Equal([EscalationLevel.Reminder, EscalationLevel.Zone, EscalationLevel.County], Levels(record, DeadlineKind.Acknowledge));
        Assert.Contains(record!.Timeline, e => e.Action == "escalate");
        Assert.Contains(fixture.Pushes.Escalations, e => e.Incident.Id == id && e.Escalation.Level == EscalationLevel.County);
    }

    static List<EscalationLevel> Levels(IncidentRecord? r, DeadlineKind kind) =>
        r!.Escalations.Where(e => e.Kind == kind).Select(e => e.Level).ToList();

    [Fact]
    public async Task A_failed_verification_sends_the_work_back_to_the_same_officer()
    {
        var at = GeoDistance.Offset(T09, 400, 250);
        await OnDutyAt("O0207", at);
        var id = (await Desk.Intake(Report("illegal-construction", at), GridWorker, null)).Incident.Id;
        var officer = OfficerActor("O0207");
        await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        // O0207 may hold only zhzf.1; the dispatcher's override does not need the qualification the recommender wants.
        await Incident(id).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: "O0207"));
        foreach (var (action, input) in new (IncidentAction, ActionInput)[] { (IncidentAction.Acknowledge, new()), (IncidentAction.Arrive, new()), (IncidentAction.Handle, new(Result: "已拆除")) })
            await Incident(id).Act(action, officer, input);

        var reopened = await Incident(id).Act(IncidentAction.Verify, GridWorker, new(Accepted: false, Comment: "仍有部分未拆除"));
        Assert.Equal(IncidentStatus.Dispatched, reopened.Status);
        Assert.Equal("O0207", reopened.AssignedOfficerId);
        Assert.Equal(OfficerStatus.Assigned, (await Officer("O0207").GetLive()).Status);
    }

    static NewIncident UrgentHotline(string category, GeoPoint at) =>
        new(category, "紧急事件", Priority.Urgent, at, "T10", null, IncidentSource.Hotline);

    [Fact]
    public async Task Urgent_work_nobody_can_take_waits_visibly_and_is_offered_when_an_officer_of_its_department_comes_free()
    {
        var at = GeoDistance.Offset(ClusterFixture.County.TownshipShape("T10").Centroid, 300, 0);
        var created = (await Desk.Intake(UrgentHotline("animal-epidemic", at), Dispatcher, null)).Incident; // 农业: nobody on duty
        Assert.Equal(IncidentStatus.Registered, created.Status);
        Assert.True(created.AwaitingOfficer);
        Assert.Equal("autoDispatchWaiting", created.Timeline[^1].Action);
        Assert.Contains(fixture.Pushes.Awaiting, r => r.Id == created.Id);

        var officer = ClusterFixture.County.Officers.First(o => o.ZoneId == "Z3" && o.DepartmentId == "ny");
        await Officer(officer.Id).SetOnDuty(true, ReportSource.Device);
        await Officer(officer.Id).ReportPosition(new PositionReport(at.Lat, at.Lon + 0.01, 5, DateTimeOffset.UtcNow), ReportSource.Device);
        var offered = await Eventually.Value(() => Incident(created.Id).Get(), r => r!.Status == IncidentStatus.Dispatched, "offered to the officer who came free");
        Assert.Equal(officer.Id, offered!.AssignedOfficerId);
        Assert.False(offered.AwaitingOfficer);
        Assert.Contains(fixture.Pushes.Offers, o => o.OfficerId == officer.Id && o.Offer.IncidentId == created.Id);
    }

    [Fact]
    public async Task The_minute_tick_offers_waiting_urgent_work_to_a_free_officer_of_another_zone()
    {
        var at = GeoDistance.Offset(ClusterFixture.County.TownshipShape("T10").Centroid, 900, 180);
        var created = (await Desk.Intake(UrgentHotline("illegal-mining", at), Dispatcher, null)).Incident; // 自然资源: nobody on duty
        Assert.True(created.AwaitingOfficer);

        var elsewhere = ClusterFixture.County.Officers.First(o => o.ZoneId == "Z2" && o.DepartmentId == "zrzy");
        await Officer(elsewhere.Id).SetOnDuty(true, ReportSource.Device);
        await Officer(elsewhere.Id).ReportPosition(new PositionReport(at.Lat, at.Lon, 5, DateTimeOffset.UtcNow), ReportSource.Device);
        await Eventually.Value(fixture.Grains.GetGrain<IZoneGrain>("Z2").GetOfficers,
            t => t.Single(l => l.OfficerId == elsewhere.Id) is { Status: OfficerStatus.Available, Position: not null }, "free in zone Z2's table");
        Assert.Equal(IncidentStatus.Registered, (await Incident(created.Id).Get())!.Status); // its own zone's desk was not told

        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await Incident(created.Id).CheckDeadlines();
        var after = await Incident(created.Id).Get();
        Assert.Equal(IncidentStatus.Dispatched, after!.Status);
        Assert.Equal(elsewhere.Id, after.AssignedOfficerId);
        Assert.Single(after.Timeline, e => e.Action == "autoDispatchWaiting");
    }

    [Fact]
    public async Task A_desk_that_never_heard_an_incident_end_lets_it_go_on_its_sweep_and_never_merges_into_it()
    {
        var at = GeoDistance.Offset(T09, -1400, 700);
        var first = (await Desk.Intake(Report("outdoor-advertising", at), GridWorker, null)).Incident;
        var rejected = await Incident(first.Id).Act(IncidentAction.Reject, Dispatcher, new ActionInput(Reason: "测试：已拆除"));
        await Eventually.Value(Desk.List, l => l.All(i => i.Id != first.Id), "the rejected incident off the desk");

        // The desk is told of an open version it should never have kept (as if the rejection's one-way call was lost).
        await Desk.Updated(rejected with { Status = IncidentStatus.Reported, UpdatedAt = rejected.UpdatedAt.AddSeconds(1), Timeline = [] });
        await Eventually.Value(Desk.List, l => l.Any(i => i.Id == first.Id), "the stale open copy on the desk");

        await Desk.Sweep();
        Assert.DoesNotContain(await Desk.List(), i => i.Id == first.Id);
        var again = await Desk.Intake(Report("outdoor-advertising", at), GridWorker, null);
        Assert.False(again.Merged);
        Assert.NotEqual(first.Id, again.Incident.Id);
    }
}
