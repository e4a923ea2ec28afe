using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using Orleans.Runtime;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Tests;

/// <summary>
/// The office kept per year: a county record written when one grain held every year moves into the years on first
/// activation, nothing lost or doubled, numbering carrying on; the demo plans are put in once; a run takes in a check
/// the year before left queued.
/// </summary>
[Collection(ClusterCollection.Name)]
public class InspectionYearTests(ClusterFixture fixture)
{
    static readonly CountyDirectory County = ClusterFixture.County;

    [Fact]
    public async Task The_county_record_of_every_year_moves_into_its_years_on_first_activation_and_numbering_goes_on()
    {
        const string countyKey = "upgraded";
        var old = await OldInspectionOffice.Create(fixture.Grains);
        await old.Store(fixture.Cluster, countyKey);
        var office = fixture.Grains.Office(countyKey);
        Assert.Equal([2044, 2045], await office.Years());
        var oldSize = await office.StateSize();

        await old.HeldByTheYears(fixture.Grains, countyKey);
        Assert.Equal(old.EmptiedSize, await office.StateSize());
        Assert.True(old.EmptiedSize < oldSize);

        // Read again from storage: still there, once.
        var (y2044, y2045) = (fixture.Grains.OfficeYear(countyKey, 2044), fixture.Grains.OfficeYear(countyKey, 2045));
        foreach (var grain in new IAddressable[] { y2044, y2045, office }) await fixture.Cluster.DeactivateAsync(grain);
        await old.HeldByTheYears(fixture.Grains, countyKey);

        // Numbering goes on: the next run of 2045-Q1 is its second, and it takes in the check 2044 left queued (and the one
        // the first run took); the next filing and draw take the county's next numbers.
        var e2 = old.Enterprises[2];
        var again = await y2045.RunPlanner("2045-Q1", "planner");
        Assert.Equal("R2045Q1-2", again.Run.Id);
        Assert.Equal(["A00002", "A00003"], again.Run.AdhocTaken.Order());
        Assert.Contains(again.Tasks, t => t.CreditCode == e2.CreditCode && t.ItemCodes.Contains("sthj-dust"));
        var queued = Assert.Single(await y2044.Filings(), f => f.Id == "A00002");
        Assert.Equal((AdhocFilingStatus.Planned, "R2045Q1-2"), (queued.Status, queued.RunId));
        var filed = await y2045.FileAdhoc(new AdhocCheckRequest("scjg", e2.CreditCode, "scjg-pricing", new DateOnly(2045, 6, 1), AdhocExemption.SpecialCampaign), e2.Name, "desk-scjg");
        Assert.Equal("A00004", filed.Id);
        var drawn = await y2045.Draw(null, [again.Tasks.First(t => t.CreditCode == e2.CreditCode).Id], 2, [], "planner");
        Assert.Equal("D0902", drawn.Id);
        // A check dated in another year is refused by this one (the gateway files it into the year of its date).
        await Assert.ThrowsAsync<InvalidRequestException>(() =>
            y2045.FileAdhoc(new AdhocCheckRequest("scjg", e2.CreditCode, "scjg-pricing", new DateOnly(2046, 1, 5), AdhocExemption.SpecialCampaign), e2.Name, "desk-scjg"));
    }

    [Fact]
    public async Task The_demo_plans_are_put_in_once_into_the_year_that_first_opens_as_this_year()
    {
        var thisYear = InspectionYears.Of(fixture.Clock.GetUtcNow());
        var next = fixture.Grains.OfficeYear(County.Data.Id, thisYear + 1);
        var current = fixture.Grains.OfficeYear(County.Data.Id, thisYear);
        Assert.DoesNotContain(await next.Plans(), p => p.FiledBy == "system");

        var seeded = await current.Plans();
        Assert.Equal(["scjg", "yjgl"], seeded.Where(p => p.FiledBy == "system").Select(p => p.Plan.DepartmentId).Order());
        Assert.All(seeded.Where(p => p.FiledBy == "system").SelectMany(p => p.Plan.Items), i => Assert.Equal($"{thisYear}-Q4", i.Period));

        // The desk files over its demo plan; read again from storage, the demo plan does not come back, in no year.
        var enterprise = (await fixture.Grains.GetGrain<IEnterpriseDirectoryGrain>(County.Data.Id).List())[0].CreditCode;
        await current.FilePlan(new InspectionPlan("scjg", thisYear, [new PlanItem("scjg-pricing", null, PlanTarget.Enterprises(enterprise), $"{thisYear}-Q4")]), "desk-scjg");
        foreach (var grain in new IAddressable[] { current, next, fixture.Grains.Office(County.Data.Id) }) await fixture.Cluster.DeactivateAsync(grain);

        var after = await current.Plans();
        Assert.Equal([("scjg", "desk-scjg"), ("yjgl", "system")], after.Select(p => (p.Plan.DepartmentId, p.FiledBy)).Order());
        Assert.DoesNotContain(await next.Plans(), p => p.FiledBy == "system");
        Assert.Contains(thisYear, await fixture.Grains.Office(County.Data.Id).Years());
    }

    [Fact]
    public async Task A_years_stored_state_is_its_own_work_and_the_countys_stays_a_few_numbers()
    {
        const string countyKey = "bounded";
        var office = fixture.Grains.Office(countyKey);
        var enterprise = (await fixture.Grains.GetGrain<IEnterpriseDirectoryGrain>(County.Data.Id).List())[1];
        var y2046 = fixture.Grains.OfficeYear(countyKey, 2046);
        await y2046.FileAdhoc(new AdhocCheckRequest("scjg", enterprise.CreditCode, "scjg-pricing", new DateOnly(2046, 3, 1), AdhocExemption.SpecialCampaign), enterprise.Name, "desk");
        var size2046 = await y2046.StateSize();
        var countySize = await office.StateSize();

        for (var year = 2047; year <= 2049; year++)
            for (var i = 1; i <= 3; i++)
                await fixture.Grains.OfficeYear(countyKey, year).FileAdhoc(
                    new AdhocCheckRequest("scjg", enterprise.CreditCode, "scjg-pricing", new DateOnly(year, i, 1), AdhocExemption.SpecialCampaign), enterprise.Name, "desk");

        Assert.Equal(size2046, await y2046.StateSize());
        Assert.Equal(["A00002", "A00003", "A00004"], (await fixture.Grains.OfficeYear(countyKey, 2047).Filings()).Select(f => f.Id));
        Assert.Equal([2046, 2047, 2048, 2049], await office.Years());
        // Three more years cost the county's record three numbers in its list of years and nothing else.
        Assert.InRange(await office.StateSize() - countySize, 1, 3 * "2047,".Length + 2);
    }
}
