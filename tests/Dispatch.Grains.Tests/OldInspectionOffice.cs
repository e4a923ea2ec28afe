using Dispatch.Domain.County;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using Dispatch.Grains.Inspections;

namespace Dispatch.Grains.Tests;

/// <summary>
/// What the county-keyed office held before the year grains, as a running cluster stored it: a 2044 quarter run and
/// drawn (draw D0901), a 2045 run, their plans, three filings (one queued on 30 December 2044, after that year's last
/// run), counters at 901 draws and 3 filings. <see cref="Store"/> writes it where the office's record lives.
/// </summary>
public sealed class OldInspectionOffice
{
    static readonly CountyDirectory County = ClusterFixture.County;
    static readonly DateTimeOffset At = new(2044, 10, 9, 2, 0, 0, TimeSpan.Zero);

    public required IReadOnlyList<EnterpriseRecord> Enterprises { get; init; }
    public required PlannerRuns.Outcome Run2044 { get; init; }
    public required InspectionOfficeState State { get; init; }

    /// <summary>Creates the old record's run and draw grains (their keys do not change) and returns the record.</summary>
    public static async Task<OldInspectionOffice> Create(IGrainFactory grains)
    {
        var enterprises = (await grains.GetGrain<IEnterpriseDirectoryGrain>(County.Data.Id).List()).Where(e => e.TownshipId == "T05").Take(3).ToList();
        var (e0, e1, e2) = (enterprises[0], enterprises[1], enterprises[2]);
        var plan2044 = new InspectionPlan("scjg", 2044, [new PlanItem("scjg-pricing", null, PlanTarget.Enterprises(e0.CreditCode), "2044-Q4")]);
        var plan2045 = new InspectionPlan("yjgl", 2045, [new PlanItem("yjgl-hazchem", null, PlanTarget.Enterprises(e1.CreditCode), "2045-Q1")]);
        var run2044 = PlannerRuns.Run("R2044Q4-1", 2044, "2044-Q4", 7, enterprises, [], [plan2044], [], County.InspectionCatalogue, County.Data.Inspections,
            t => County.Township(t)!.ZoneId, "planner", At);
        var run2045 = new PlannerRunRecord("R2045Q1-1", 2045, "2045-Q1", 9, 0, 0, 0, [], 0, ["A00003"], "planner", At.AddMonths(3));
        await grains.GetGrain<IInspectionRunGrain>(run2044.Run.Id).Create(run2044.Run, run2044.Tasks);
        await grains.GetGrain<IInspectionRunGrain>(run2045.Id).Create(run2045, []);
        var pool = County.Officers.Select(o => new DrawInspector(o.Id, o.DepartmentId, o.Qualifications, [])).ToList();
        var record = Draw.Run("D0901", [DrawTasks.Of(run2044.Tasks[0], County.InspectionCatalogue)], pool, new DrawParameters(2), DrawHashes.NewSeed()).Record!;
        await grains.GetGrain<IInspectionDrawGrain>("D0901").Commit(record.SeedCommitment, "planner");
        await grains.GetGrain<IInspectionDrawGrain>("D0901").Complete(record);
        AdhocFiling Filing(string id, EnterpriseRecord e, string department, string item, DateOnly on, AdhocFilingStatus status, string? runId = null) =>
            new(id, department, e.CreditCode, e.Name, item, on, null, status, null, runId, "desk", At);
        return new OldInspectionOffice
        {
            Enterprises = enterprises,
            Run2044 = run2044,
            State = new InspectionOfficeState
            {
                Plans = new() { ["scjg|2044"] = new FiledPlan(plan2044, "desk-scjg", At), ["yjgl|2045"] = new FiledPlan(plan2045, "desk-yjgl", At) },
                Filings =
                [
                    Filing("A00001", e1, "scjg", "scjg-pricing", new DateOnly(2044, 11, 20), AdhocFilingStatus.Allowed),
                    Filing("A00002", e2, "sthj", "sthj-dust", new DateOnly(2044, 12, 30), AdhocFilingStatus.Queued),
                    Filing("A00003", e1, "yjgl", "yjgl-hazchem", new DateOnly(2045, 2, 10), AdhocFilingStatus.Planned, "R2045Q1-1"),
                ],
                Runs = [run2044.Run, run2045],
                DrawIds = ["D0901"],
                Draws = 901,
                Seeded = true,
            },
        };
    }

    /// <summary>Writes the record through the silo's grain storage, under the office's grain id and state name.</summary>
    public async Task Store(InProcessTestCluster cluster, string countyKey)
    {
        var office = cluster.Client.Office(countyKey);
        Assert.Equal("inspectionoffice", office.GetGrainId().Type.ToString()); // the type part of the record's storage key
        var storage = cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Dispatch);
        await storage.WriteStateAsync("inspection-office", office.GetGrainId(), new GrainState<InspectionOfficeState>(State));
    }

    /// <summary>The county's record once every year took its part: the counters, the flag and the years only.</summary>
    public int EmptiedSize => StateBytes.Of(new InspectionOfficeState { Draws = State.Draws, Seeded = true, FilingIds = State.Filings.Count, Years = [2044, 2045] });

    /// <summary>Each year holds its part of the record, once.</summary>
    public async Task HeldByTheYears(IGrainFactory grains, string countyKey)
    {
        var (y2044, y2045) = (grains.OfficeYear(countyKey, 2044), grains.OfficeYear(countyKey, 2045));
        Assert.Equal([("scjg", "desk-scjg")], (await y2044.Plans()).Select(p => (p.Plan.DepartmentId, p.FiledBy)));
        Assert.Equal([("yjgl", "desk-yjgl")], (await y2045.Plans()).Select(p => (p.Plan.DepartmentId, p.FiledBy)));
        Assert.Equal(["R2044Q4-1"], (await y2044.Runs()).Select(r => r.Id));
        Assert.Equal(Run2044.Tasks.Select(t => t.Id), (await y2044.Tasks(null)).Select(t => t.Id));
        Assert.Equal(["R2045Q1-1"], (await y2045.Runs()).Select(r => r.Id));
        Assert.Equal(["A00001", "A00002"], (await y2044.Filings()).Select(f => f.Id));
        Assert.Equal(["A00003"], (await y2045.Filings()).Select(f => f.Id));
        Assert.Equal([2044, 2045], await grains.Office(countyKey).Years());
    }
}
