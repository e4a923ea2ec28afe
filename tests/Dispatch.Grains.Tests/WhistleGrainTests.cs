using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Domain.Whistles;
using Orleans.Runtime;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Officers;
using Dispatch.Grains.Contracts.Whistles;

namespace Dispatch.Grains.Tests;

/// <summary>
/// Whistle grains in zone Z2 (township T06), on the test clock: time limits, pushes, officers taken all or none, and the
/// zone's desk holding only open whistles while finished ones are kept in the query model.
/// </summary>
[Collection(ClusterCollection.Name)]
public class WhistleGrainTests(ClusterFixture fixture)
{
    static readonly CountyDirectory County = ClusterFixture.County;
    static readonly GeoPoint T06 = County.TownshipShape("T06").Centroid;
    static readonly Actor Staff = new(new Scope(Role.TownshipStaff, "t06", [], TownshipId: "T06"), "乡镇工作人员");
    static readonly Actor Leader = new(new Scope(Role.TownshipStaff, "t06-leader", [], TownshipId: "T06", Approver: true), "乡镇主要领导");
    static readonly Actor WhscDesk = new(new Scope(Role.DepartmentDesk, "desk-whsc", [], DepartmentId: "whsc"), "文化市场值班");

    static OfficerProfile OfficerOf(string department, int skip = 0) =>
        County.Officers.Where(o => o.DepartmentId == department && o.TownshipId == "T06").OrderBy(o => o.Id).Skip(skip).First();

    IWhistleDeskGrain Desk => fixture.Grains.GetGrain<IWhistleDeskGrain>("Z2");

    IWhistleGrain Whistle(string id) => fixture.Grains.GetGrain<IWhistleGrain>(id);

    /// <summary>The whistle as the query model has it (what lists and the scorecard read), or null.</summary>
    async Task<WhistleRecord?> Listed(string id)
    {
        await foreach (var w in fixture.WhistleListings.All(["township:T06"], null, null))
            if (w.Id == id) return w;
        return null;
    }

    async Task<string> Open(params string[] departments)
    {
        var parts = departments.Select((d, i) => new WhistlePart(d, i == 0 ? PartRole.Lead : PartRole.Assist, null)).ToList();
        var filed = await fixture.Grains.GetGrain<IWhistleDeskGrain>("Z2").File(new NewWhistle("联合处置", "测试", WhistleUrgency.Urgent, "T06", "Z2", T06, parts, null), Staff);
        return (await fixture.Grains.GetGrain<IWhistleGrain>(filed.Id).Act(WhistleAction.Approve, Leader, new())).Id;
    }

    [Fact]
    public async Task A_department_that_does_not_report_in_time_is_reminded_then_escalated_and_the_consoles_hear_of_it()
    {
        var id = await Open("ny", "wsjk");
        var whistle = fixture.Grains.GetGrain<IWhistleGrain>(id);
        var limit = County.Data.Whistles.Urgent;

        await whistle.CheckDeadlines();
        Assert.All((await whistle.Get())!.Departments, p => Assert.Equal(PartStatus.Notified, p.Status));

        fixture.Clock.Advance(TimeSpan.FromMinutes(limit.ReportMinutes + 1));
        await whistle.CheckDeadlines();
        var reminded = (await whistle.Get())!;
        Assert.All(reminded.Departments, p => Assert.Equal(PartStatus.Overdue, p.Status));
        Assert.Contains(fixture.WhistlePushes.Changes, w => w.Id == id && w.Departments.All(p => p.Status == PartStatus.Overdue));
        await Eventually.Value(fixture.Grains.GetGrain<IWhistleDeskGrain>("Z2").List,
            l => l.Single(w => w.Id == id).Departments.All(p => p.Status == PartStatus.Overdue), "the desk's list shows it overdue");

        fixture.Clock.Advance(TimeSpan.FromMinutes(limit.EscalateAfterMinutes));
        await whistle.CheckDeadlines();
        await whistle.CheckDeadlines(); // a second tick takes nothing more
        var escalated = (await whistle.Get())!;
        Assert.All(escalated.Departments, p => Assert.True(p.Escalated));
        Assert.Equal(2, escalated.Timeline.Count(e => e.Action == "remind"));
        Assert.Equal(2, escalated.Timeline.Count(e => e.Action == "escalate"));
    }

    [Fact]
    public async Task Officers_are_taken_all_or_none_and_each_one_sent_is_offered_the_task()
    {
        var id = await Open("whsc");
        var whistle = fixture.Grains.GetGrain<IWhistleGrain>(id);
        var free = OfficerOf("whsc");
        await fixture.Grains.GetGrain<IOfficerGrain>(free.Id).SetOnDuty(true, ReportSource.Device);
        var offDuty = County.Officers.First(o => o.DepartmentId == "whsc" && o.TownshipId == "T07");

        await Assert.ThrowsAsync<RuleRefusedException>(() => whistle.Act(WhistleAction.Assign, WhscDesk, new("whsc", [free.Id, offDuty.Id])));
        Assert.Equal(OfficerStatus.Available, (await fixture.Grains.GetGrain<IOfficerGrain>(free.Id).GetLive()).Status); // given back
        Assert.Empty((await whistle.Get())!.Part("whsc")!.Officers);

        await whistle.Act(WhistleAction.Assign, WhscDesk, new("whsc", [free.Id]));
        Assert.Equal(OfficerStatus.Assigned, (await fixture.Grains.GetGrain<IOfficerGrain>(free.Id).GetLive()).Status);
        Assert.Contains(fixture.WhistlePushes.Offers, o => o == (free.Id, id, "whsc"));

        await whistle.Act(WhistleAction.Handle, WhscDesk, new("whsc", Result: "已处置"));
        Assert.Equal(OfficerStatus.Available, (await fixture.Grains.GetGrain<IOfficerGrain>(free.Id).GetLive()).Status);
        await fixture.Grains.GetGrain<IOfficerGrain>(free.Id).SetOnDuty(false, ReportSource.Device);
    }

    [Fact]
    public async Task A_finished_whistle_leaves_the_desk_state_and_is_kept_in_the_query_model()
    {
        var id = await Open("ny");
        Assert.Contains(await Desk.List(), w => w.Id == id);
        Assert.Equal(WhistleStatus.Open, (await Listed(id))?.Status);
        var whileOpen = await Desk.StateSize();

        await Whistle(id).Act(WhistleAction.Cancel, Staff, new(Reason: "测试：撤销"));

        await Eventually.Value(Desk.List, l => l.All(w => w.Id != id), "the desk lets the cancelled whistle go");
        Assert.True(await Desk.StateSize() < whileOpen, "the desk's state shrank when the whistle left");
        var kept = await Listed(id);
        Assert.Equal(WhistleStatus.Cancelled, kept?.Status);
        Assert.Empty(kept!.Timeline); // lists never show it: the whistle grain keeps it
        Assert.NotEmpty((await Whistle(id).Get())!.Timeline);
    }

    [Fact]
    public async Task A_rating_given_after_the_whistle_left_the_desk_reaches_the_query_model()
    {
        // An officer of T06 of another department than the other tests send, and its department's desk.
        var officer = County.Officers.Where(o => o.TownshipId == "T06" && o.DepartmentId is not ("whsc" or "ny" or "wsjk")).OrderBy(o => o.Id).First();
        var department = officer.DepartmentId;
        var desk = new Actor(new Scope(Role.DepartmentDesk, "desk-" + department, [], DepartmentId: department), "部门值班");
        var id = await Open(department);
        await fixture.Grains.GetGrain<IOfficerGrain>(officer.Id).SetOnDuty(true, ReportSource.Device);
        await Whistle(id).Act(WhistleAction.Assign, desk, new(department, [officer.Id]));
        await Whistle(id).Act(WhistleAction.Handle, desk, new(department, Result: "已处置"));
        await Whistle(id).Act(WhistleAction.Close, Staff, new());
        await Eventually.Value(Desk.List, l => l.All(w => w.Id != id), "the closed whistle leaves the desk");
        Assert.Equal(WhistleStatus.Closed, (await Listed(id))?.Status);

        await Whistle(id).Act(WhistleAction.Rate, Staff, new(Ratings: [new(department, 5, 4, 5)]));

        var rated = await Eventually.Value(() => Listed(id), w => w?.Status == WhistleStatus.Rated, "the rating is in the query model");
        Assert.Equal(5, rated!.Part(department)!.Rating!.Response);
        Assert.DoesNotContain(await Desk.List(), w => w.Id == id);
        await fixture.Grains.GetGrain<IOfficerGrain>(officer.Id).SetOnDuty(false, ReportSource.Device);
    }

    [Fact]
    public async Task A_whistle_that_finishes_while_the_query_store_is_down_waits_in_the_desk_and_leaves_once_the_store_answers()
    {
        var first = await Open("ny");
        var second = await Open("ny");
        int waiting;
        fixture.QueryStore.Unreachable = true;
        try
        {
            await Whistle(first).Act(WhistleAction.Cancel, Staff, new(Reason: "测试：撤销"));
            await Eventually.Value(Desk.List, l => l.All(w => w.Id != first), "the cancelled whistle is no longer open at the desk");
            // It is not lost: the desk's stored state holds it for the query model, also after the desk was deactivated.
            waiting = await Desk.StateSize();
            await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
            Assert.Equal(waiting, await Desk.StateSize());
        }
        finally
        {
            fixture.QueryStore.Unreachable = false;
        }
        Assert.Equal(WhistleStatus.Open, (await Listed(first))?.Status); // the store never heard of the cancel

        await Whistle(second).Act(WhistleAction.Cancel, Staff, new(Reason: "测试：撤销"));

        await Eventually.Value(() => Listed(first), w => w?.Status == WhistleStatus.Cancelled, "the waiting whistle is written with the next one to finish");
        Assert.Equal(WhistleStatus.Cancelled, (await Listed(second))?.Status);
        Assert.True(await Desk.StateSize() < waiting, "both left the desk's state");
    }
}
