using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;
using Dispatch.Domain.Whistles;
using Dispatch.Grains.Contracts;

namespace Dispatch.Grains.Tests;

/// <summary>Whistle grains in zone Z2 (township T06), on the test clock: time limits, pushes, and officers taken all or none.</summary>
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
}
