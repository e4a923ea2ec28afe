using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Grains.Tests;

/// <summary>The loop's side paths in zone Z3 (townships T11, T12), each with departments no other test puts on duty.</summary>
[Collection(ClusterCollection.Name)]
public class IncidentSidePathTests(ClusterFixture fixture)
{
    static readonly Actor Dispatcher = new(new Scope(Role.ZoneDispatcher, "d3", ["Z3"]), "片区值班员");
    static readonly GeoPoint T11 = ClusterFixture.County.TownshipShape("T11").Centroid;
    static readonly GeoPoint T12 = ClusterFixture.County.TownshipShape("T12").Centroid;

    IIncidentDeskGrain Desk => fixture.Grains.GetGrain<IIncidentDeskGrain>("Z3");
    IIncidentGrain Incident(string id) => fixture.Grains.GetGrain<IIncidentGrain>(id);
    IOfficerGrain Officer(string id) => fixture.Grains.GetGrain<IOfficerGrain>(id);

    static OfficerProfile OfficerOf(string departmentId, string townshipId, int skip = 0) =>
        ClusterFixture.County.Officers.Where(o => o.DepartmentId == departmentId && o.TownshipId == townshipId).OrderBy(o => o.Id).Skip(skip).First();

    static Actor ActorOf(OfficerProfile o) => new(new Scope(Role.Officer, o.Code, [o.ZoneId!], o.TownshipId, o.DepartmentId, o.Id), o.Name);

    async Task OnDutyAt(OfficerProfile o, GeoPoint at)
    {
        await Officer(o.Id).SetOnDuty(true, ReportSource.Device);
        await Officer(o.Id).ReportPosition(new PositionReport(at.Lat, at.Lon, 5, DateTimeOffset.UtcNow), ReportSource.Device);
        await Eventually.Value(fixture.Grains.GetGrain<IZoneGrain>("Z3").GetOfficers,
            t => t.Single(l => l.OfficerId == o.Id) is { Status: OfficerStatus.Available, Position: not null }, $"{o.Id} free in the zone table");
    }

    /// <summary>An officer of the department on duty at the place, and a normal incident there dispatched to it.</summary>
    async Task<(OfficerProfile Officer, string Id)> WorkOnDuty(string departmentId, string category, string township, double meters, double bearing)
    {
        var officer = OfficerOf(departmentId, township);
        var at = GeoDistance.Offset(township == "T11" ? T11 : T12, meters, bearing);
        await OnDutyAt(officer, at);
        return (officer, await Dispatched(category, at, township, officer));
    }

    async Task<string> Dispatched(string category, GeoPoint at, string township, OfficerProfile officer)
    {
        var id = (await Desk.Intake(new NewIncident(category, "支线测试", Priority.Normal, at, township, null, IncidentSource.Hotline), Dispatcher, null)).Incident.Id;
        await Incident(id).Act(IncidentAction.Register, Dispatcher, new());
        await Incident(id).Act(IncidentAction.Dispatch, Dispatcher, new(OfficerId: officer.Id));
        return id;
    }

    [Fact]
    public async Task Extend_moves_the_open_deadlines_and_clears_their_escalations()
    {
        var (_, id) = await WorkOnDuty("sthj", "cooking-fumes", "T11", 500, 0);
        var before = (await Incident(id).Get())!;
        var ack = before.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due;

        fixture.Clock.Advance(ack - fixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await Incident(id).CheckDeadlines();
        Assert.Contains((await Incident(id).Get())!.Escalations, e => e is { Kind: DeadlineKind.Acknowledge, Level: EscalationLevel.Zone });

        var extended = await Incident(id).Act(IncidentAction.Extend, Dispatcher, new(Reason: "需联系商户", Minutes: 60));
        Assert.Equal(ack + TimeSpan.FromMinutes(60), extended.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due);
        Assert.Equal(before.Deadlines.Single(d => d.Kind == DeadlineKind.Handle).Due + TimeSpan.FromMinutes(60),
            extended.Deadlines.Single(d => d.Kind == DeadlineKind.Handle).Due);
        Assert.DoesNotContain(extended.Escalations, e => e.Kind == DeadlineKind.Acknowledge);
        Assert.Equal(60, extended.Timeline[^1].Data!.Minutes);
    }

    [Fact]
    public async Task Park_releases_the_officer_and_stops_escalation()
    {
        var (officer, id) = await WorkOnDuty("jtys", "road-occupation", "T11", 800, 90);
        Assert.Equal(OfficerStatus.Assigned, (await Officer(officer.Id).GetLive()).Status);

        var parked = await Incident(id).Act(IncidentAction.Park, Dispatcher, new(Reason: "待规划部门出具意见"));
        Assert.Equal(IncidentStatus.Parked, parked.Status);
        Assert.Equal(OfficerStatus.Available, (await Officer(officer.Id).GetLive()).Status);

        fixture.Clock.Advance(TimeSpan.FromDays(3));
        await Incident(id).CheckDeadlines();
        Assert.Equal(parked.Escalations.Count, (await Incident(id).Get())!.Escalations.Count);
    }

    [Fact]
    public async Task Send_back_returns_the_work_to_registered_releases_the_officer_and_skips_it_next_time()
    {
        var (officer, id) = await WorkOnDuty("whsc", "entertainment-venue", "T12", 300, 0);

        var sentBack = await Incident(id).Act(IncidentAction.SendBack, ActorOf(officer), new(Reason: "非本部门职责"));
        Assert.Equal(IncidentStatus.Registered, sentBack.Status);
        Assert.Null(sentBack.AssignedOfficerId);
        Assert.Contains(officer.Id, sentBack.DeclinedBy);
        Assert.Equal(OfficerStatus.Available, (await Officer(officer.Id).GetLive()).Status);
        Assert.DoesNotContain(await Incident(id).Recommend(Dispatcher), r => r.OfficerId == officer.Id);
    }

    [Fact]
    public async Task Rework_sends_closed_work_back_to_the_same_officer()
    {
        var (officer, id) = await WorkOnDuty("wsjk", "public-hygiene", "T12", 700, 180);
        var field = ActorOf(officer);
        await Incident(id).Act(IncidentAction.Acknowledge, field, new());
        await Incident(id).Act(IncidentAction.Arrive, field, new());
        await Incident(id).Act(IncidentAction.Handle, field, new(Result: "已消杀"));
        await Incident(id).Act(IncidentAction.Verify, Dispatcher, new(Accepted: true));
        await Incident(id).Act(IncidentAction.Close, Dispatcher, new());
        Assert.Equal(OfficerStatus.Available, (await Officer(officer.Id).GetLive()).Status);

        var reworked = await Incident(id).Act(IncidentAction.Rework, Dispatcher, new(Reason: "群众再次投诉"));
        Assert.Equal(IncidentStatus.Dispatched, reworked.Status);
        Assert.Equal(officer.Id, reworked.AssignedOfficerId);
        Assert.Null(reworked.Result);
        Assert.Equal(OfficerStatus.Assigned, (await Officer(officer.Id).GetLive()).Status);
        Assert.Equal(2, fixture.Pushes.Offers.Count(o => o.OfficerId == officer.Id && o.Offer.IncidentId == id));
    }

    [Fact]
    public async Task An_urgent_offer_whose_acknowledgement_lapses_goes_to_the_next_officer()
    {
        var at = GeoDistance.Offset(T12, 1000, 270);
        var nearest = OfficerOf("scjg", "T12");
        var next = OfficerOf("scjg", "T12", skip: 1);
        await OnDutyAt(nearest, GeoDistance.Offset(at, 100, 0));
        await OnDutyAt(next, GeoDistance.Offset(at, 700, 0));
        var created = (await Desk.Intake(new NewIncident("special-equipment", "电梯困人", Priority.Urgent, at, "T12", null, IncidentSource.Hotline), Dispatcher, null)).Incident;
        Assert.Equal(nearest.Id, created.AssignedOfficerId);

        var ack = created.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledge).Due;
        fixture.Clock.Advance(ack - fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        await Incident(created.Id).CheckDeadlines();
        var after = (await Incident(created.Id).Get())!;
        Assert.Equal(IncidentStatus.Dispatched, after.Status);
        Assert.Equal(next.Id, after.AssignedOfficerId);
        Assert.Contains(nearest.Id, after.DeclinedBy);
        Assert.Equal(OfficerStatus.Available, (await Officer(nearest.Id).GetLive()).Status);
        Assert.Contains(fixture.Pushes.Withdrawals, w => w.OfficerId == nearest.Id && w.IncidentId == created.Id);
    }
}
