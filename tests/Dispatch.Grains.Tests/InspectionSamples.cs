using Dispatch.Domain.Access;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Enterprises;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Grains.Tests;

/// <summary>Joint-inspection values grains exchange or store, one per type: a demo plan run, drawn, inspected, published and rated.</summary>
public static class InspectionSamples
{
    static readonly DateTimeOffset At = new(2026, 10, 9, 2, 0, 0, TimeSpan.Zero);

    public static IEnumerable<object> All()
    {
        var county = ClusterFixture.County;
        var enterprises = DemoEnterprises.Generate(county);
        var plans = DemoCatalogue.Plans(2026);
        var queued = new AdhocFiling("A00001", "scjg", enterprises[0].CreditCode, enterprises[0].Name, "scjg-pricing", new DateOnly(2026, 10, 12),
            AdhocExemption.SpecialCampaign, AdhocFilingStatus.Queued, "未提前报备", null, "desk-scjg", At);
        var outcome = PlannerRuns.Run("R2026Q4-1", 2026, "2026-Q4", 7, enterprises,
            [new InspectionHistoryEntry(enterprises[1].CreditCode, "yjgl", "yjgl-hazchem", new DateOnly(2026, 3, 2), InspectionLevel.City)],
            plans, [queued], county.InspectionCatalogue, county.Data.Inspections, t => county.Township(t)!.ZoneId, "planner", At);
        var task = outcome.Tasks.First(t => t.Departments.Count > 1);
        var pool = county.Officers.Select(o => new DrawInspector(o.Id, o.DepartmentId, o.Qualifications, [])).ToList();
        var record = Draw.Run("D0001", [DrawTasks.Of(task, county.InspectionCatalogue)], pool, new DrawParameters(2), DrawHashes.NewSeed()).Record!;
        var inspectors = record.Result[0].InspectorIds;
        var inspector = county.Officer(inspectors[0])!;
        var scope = new Scope(Role.Officer, inspector.Code, [inspector.ZoneId!], inspector.TownshipId, inspector.DepartmentId, inspector.Id);
        var photo = new Dispatch.Domain.Common.EvidenceRef("photo-1", "image/jpeg", 2048, inspector.Code, At);
        var staffed = InspectionTaskRules.AddEvidence(InspectionTaskRules.Staff(task, record.Id, inspectors, InspectionCode.New(), At).Task!, scope, photo, At).Task!;
        var input = task.ItemCodes.Select(c => (ItemResultInput?)new ItemResultInput(c, "problem", "未按规定明码标价", ["photo-1"])).ToList();
        var inspected = InspectionTaskRules.RecordResults(staffed, scope, input, At.AddDays(1), county.Data.Inspections).Task!;
        var rated = InspectionTaskRules.Rate(InspectionTaskRules.Publish(inspected, scope, At.AddDays(2)).Task!, 5, "规范", At.AddDays(3)).Task!;

        yield return outcome;
        yield return outcome.Run;
        yield return rated;
        yield return rated.Results[0];
        yield return rated.Rating!;
        yield return rated.Timeline[^1];
        yield return input[0]!;
        yield return queued;
        yield return new FiledPlan(plans[0], "planner", At);
        yield return new OfficeYear([new FiledPlan(plans[0], "planner", At)], [queued], [outcome.Run], [record.Id]);
        yield return plans[0];
        yield return plans[0].Items[0];
        yield return plans[0].Items[0].Target;
        yield return task.Departments[0];
        yield return new PlanViolation(enterprises[0].CreditCode, "cap", "事项超过上限");
        yield return new AdhocCheckRequest("scjg", enterprises[0].CreditCode, "scjg-pricing", new DateOnly(2026, 12, 1), AdhocExemption.CommitmentApproval);
        yield return new Recusal(inspector.Id, enterprises[0].CreditCode);
        yield return new KeptDraw(record.Id, record.SeedCommitment, "planner", At, record);
        yield return record;
        yield return record.Parameters;
        yield return record.Result[0];
        yield return record.Pool[0];
        yield return record.Tasks[0];
        yield return record.Tasks[0].Departments[0];
        yield return new UnstaffedTask("R2026Q4-1-0002", "人员不足");
        yield return new DrawExclusion("G1", "网格员不得担任检查人员");
        yield return new Dispatch.Domain.Inspections.Directory.InspectorRecord(inspector.Code, inspector.Name, inspector.DepartmentId, inspector.Id,
            inspector.Qualifications, StaffKind.Officer, [enterprises[0].CreditCode]);
    }
}
