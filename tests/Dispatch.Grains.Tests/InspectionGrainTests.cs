using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Tests;

/// <summary>
/// The joint meeting's office and a run's grain on the test clock: two departments' plans merged into one visit, drawn
/// with its commitment stored first, offered to exactly the drawn inspectors, its code bound, and a late publication
/// escalated once.
/// </summary>
[Collection(ClusterCollection.Name)]
public class InspectionGrainTests(ClusterFixture fixture)
{
    static readonly CountyDirectory County = ClusterFixture.County;

    [Fact]
    public async Task A_merged_visit_is_drawn_offered_to_its_inspectors_and_escalated_when_results_are_not_published_in_time()
    {
        var office = fixture.Grains.OfficeYear(County.Data.Id, 2038);
        var enterprise = (await fixture.Grains.GetGrain<IEnterpriseDirectoryGrain>(County.Data.Id).List()).First(e => e.TownshipId == "T07").CreditCode;
        await office.FilePlan(new InspectionPlan("scjg", 2038, [new PlanItem("scjg-pricing", null, PlanTarget.Enterprises(enterprise), "2038-Q3")]), "desk-scjg");
        await office.FilePlan(new InspectionPlan("wsjk", 2038, [new PlanItem("wsjk-public-hygiene", null, PlanTarget.Enterprises(enterprise), "2038-Q3")]), "desk-wsjk");

        var run = await office.RunPlanner("2038-Q3", "planner");
        var task = Assert.Single(run.Tasks);
        Assert.Equal(2, run.Run.NaiveVisits);
        Assert.Empty(run.Run.Violations);

        var kept = await office.Draw(null, [task.Id], 2, [], "planner");
        Assert.NotNull(kept.Record);
        var drawn = Assert.Single(kept.Record!.Result).InspectorIds;
        var stored = await fixture.Grains.GetGrain<IInspectionDrawGrain>(kept.Id).Get();
        Assert.Equal(kept.SeedCommitment, stored!.SeedCommitment);
        Assert.True(Dispatch.Domain.Inspections.Draws.DrawVerification.Verify(stored.Record!).Match);

        var runGrain = fixture.Grains.GetGrain<IInspectionRunGrain>(run.Run.Id);
        var staffed = (await runGrain.Get(task.Id))!;
        Assert.Equal(InspectionTaskStatus.Drawn, staffed.Status);
        Assert.Equal(task.Id, await fixture.Grains.GetGrain<IInspectionCodeGrain>(staffed.Code!).TaskId());
        Assert.Equal(drawn.Order(), fixture.InspectionPushes.Offers.Where(o => o.TaskId == task.Id).Select(o => o.OfficerId).Order());
        await Assert.ThrowsAsync<RuleRefusedException>(() => office.Draw(null, [task.Id], 2, [], "planner"));
        // A second run of the quarter plans the same visit again, but no second team is drawn for it.
        var again = await office.RunPlanner("2038-Q3", "planner");
        await Assert.ThrowsAsync<RuleRefusedException>(() => office.Draw(again.Run.Id, null, 2, [], "planner"));

        var inspector = County.Officer(drawn[0])!;
        var scope = new Scope(Role.Officer, inspector.Code, [inspector.ZoneId!], inspector.TownshipId, inspector.DepartmentId, inspector.Id);
        await runGrain.RecordResults(task.Id, scope, [new ItemResultInput("scjg-pricing", "pass", null, null), new ItemResultInput("wsjk-public-hygiene", "pass", null, null)]);

        await runGrain.CheckDeadlines();
        Assert.False((await runGrain.Get(task.Id))!.Escalated);
        fixture.Clock.Advance(TimeSpan.FromDays(County.Data.Inspections.PublishWithinDays + 2));
        await runGrain.CheckDeadlines();
        var late = (await runGrain.Get(task.Id))!;
        Assert.True(late.Escalated);
        Assert.Single(late.Timeline, e => e.Action == "escalated");
        await runGrain.CheckDeadlines();
        Assert.Single((await runGrain.Get(task.Id))!.Timeline, e => e.Action == "escalated");

        var published = await runGrain.Publish(task.Id, scope);
        Assert.False(published.PublishedOnTime);
    }
}
