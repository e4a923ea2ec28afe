using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.Extensions.Logging;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// The joint meeting's office of one county. Thin: plans and filings are checked by the domain (<see cref="AdhocCheck"/>,
/// <see cref="FiledPlan.Merge"/>), runs by <see cref="PlannerRuns"/>, draws by <see cref="Draw"/>; this grain keeps
/// them, numbers them, and hands each run's visits to its own grain.
/// </summary>
public sealed class InspectionOfficeGrain(
    [PersistentState("inspection-office", StorageNames.Dispatch)] IPersistentState<InspectionOfficeState> state,
    CountyDirectory county,
    DispatchClock time,
    ILogger<InspectionOfficeGrain> log) : Grain, IInspectionOfficeGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Seeded || county.Data.Id != "demo") return;
        var year = ChinaToday().Year;
        foreach (var plan in DemoCatalogue.Plans(year))
            state.State.Plans[Key(plan.DepartmentId, year)] = new FiledPlan(plan, "system", time.GetUtcNow());
        state.State.Seeded = true;
        await state.WriteStateAsync(cancellationToken);
        log.LogInformation("Inspection office seeded with the demo plans of {Count} departments for {Year}", state.State.Plans.Count, year);
    }

    public Task<IReadOnlyList<FiledPlan>> Plans() => Task.FromResult<IReadOnlyList<FiledPlan>>(state.State.Plans.Values.ToList());

    public async Task<FiledPlan> FilePlan(InspectionPlan plan, string by)
    {
        var key = Key(plan.DepartmentId, plan.Year);
        var filed = FiledPlan.Merge(state.State.Plans.GetValueOrDefault(key), plan, by, time.GetUtcNow());
        await Change(s => s.Plans[key] = filed);
        log.LogInformation("Plan of {DepartmentId} for {Year} filed by {User}: {Items} items in {Periods}", plan.DepartmentId, plan.Year, by,
            plan.Items.Count, string.Join(",", plan.Items.Select(i => i.Period).Distinct()));
        return filed;
    }

    public async Task<AdhocFiling> FileAdhoc(AdhocCheckRequest request, string enterpriseName, string by)
    {
        var now = time.GetUtcNow();
        var verdict = AdhocCheck.Decide(request, now, county.Data.Inspections);
        var filing = new AdhocFiling($"A{state.State.Filings.Count + 1:00000}", request.DepartmentId, request.CreditCode, enterpriseName,
            request.ItemCode, request.PlannedDate, request.Exemption, verdict.Allowed ? AdhocFilingStatus.Allowed : AdhocFilingStatus.Queued,
            verdict.Reason, null, by, now);
        await Change(s => s.Filings.Add(filing));
        log.LogInformation("Out-of-plan check {FilingId} of {DepartmentId} filed by {User}: {Status}", filing.Id, filing.DepartmentId, by, filing.Status);
        return filing;
    }

    public Task<IReadOnlyList<AdhocFiling>> Filings() => Task.FromResult<IReadOnlyList<AdhocFiling>>(state.State.Filings.ToList());

    public async Task<PlannerRuns.Outcome> RunPlanner(int year, string period, string by)
    {
        var runId = $"R{period.Replace("-", "")}-{state.State.Runs.Count(r => r.Period == period) + 1}";
        var enterprises = await GrainFactory.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id).List();
        var tasks = await Tasks(null);
        var history = InspectionHistory.From(tasks, state.State.Filings, period);
        var earlierRunsOfPeriod = state.State.Runs.Where(r => r.Period == period).Select(r => r.Id).ToHashSet();
        var queued = state.State.Filings.Where(f => f.Status == AdhocFilingStatus.Queued
            || f.Status == AdhocFilingStatus.Planned && f.RunId is { } r && earlierRunsOfPeriod.Contains(r)).ToList();
        var plans = state.State.Plans.Values.Select(p => p.Plan).Where(p => p.Year == year).ToList();
        var seed = BitConverter.ToUInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var outcome = PlannerRuns.Run(runId, year, period, seed, enterprises, history, plans, queued, county.InspectionCatalogue,
            county.Data.Inspections, t => county.Township(t)?.ZoneId ?? "", by, time.GetUtcNow());

        // The run's visits are durable before the office lists the run: a run listed is a run that can be read.
        await GrainFactory.GetGrain<IInspectionRunGrain>(runId).Create(outcome.Run, outcome.Tasks);
        var taken = outcome.Run.AdhocTaken.ToHashSet();
        await Change(s =>
        {
            s.Runs.Add(outcome.Run);
            for (var i = 0; i < s.Filings.Count; i++)
                if (taken.Contains(s.Filings[i].Id) && s.Filings[i].Status == AdhocFilingStatus.Queued)
                    s.Filings[i] = s.Filings[i] with { Status = AdhocFilingStatus.Planned, RunId = runId };
        });
        if (outcome.Run.Violations.Count > 0)
            log.LogError("Planner run {RunId} broke {Count} rules: the planner has a bug", runId, outcome.Run.Violations.Count);
        return outcome;
    }

    public Task<IReadOnlyList<PlannerRunRecord>> Runs() => Task.FromResult<IReadOnlyList<PlannerRunRecord>>(state.State.Runs.ToList());

    public async Task<IReadOnlyList<InspectionTask>> Tasks(string? runId)
    {
        var runs = runId is null ? state.State.Runs.Select(r => r.Id) : state.State.Runs.Where(r => r.Id == runId).Select(r => r.Id);
        var all = await Task.WhenAll(runs.Select(id => GrainFactory.GetGrain<IInspectionRunGrain>(id).Tasks()));
        return all.SelectMany(t => t).ToList();
    }

    public async Task<KeptDraw> Draw(string? runId, IReadOnlyList<string>? taskIds, int inspectorsPerVisit, IReadOnlyList<Recusal> recusals, string by)
    {
        var candidates = await DrawCandidates(runId, taskIds);
        if (candidates.Count == 0) throw new RuleRefusedException("没有待抽取检查人员的检查任务：所选任务均已抽取，或其企业本季度已在另一次统筹中抽取");
        if (candidates.Count > Domain.Inspections.Draws.Draw.MaxTasks)
            throw new InvalidRequestException($"待抽取的检查任务有 {candidates.Count} 项，每次最多 {Domain.Inspections.Draws.Draw.MaxTasks} 项：请用 taskIds 分批抽取");
        foreach (var r in recusals)
            if (county.Officer(r.OfficerId) is null || !CreditCode.IsValid(r.CreditCode))
                throw new InvalidRequestException("回避名单中有未知的人员或无效的企业代码");

        var imported = await GrainFactory.GetGrain<IInspectorDirectoryGrain>(county.Data.Id).List();
        var pool = InspectorPool.Of(county, imported, recusals);
        var drawTasks = candidates.Select(t => DrawTasks.Of(t, county.InspectionCatalogue)).ToList();
        var drawId = $"D{state.State.Draws + 1:0000}";
        var seed = DrawHashes.NewSeed();
        var drawGrain = GrainFactory.GetGrain<IInspectionDrawGrain>(drawId);

        // The number is taken and the commitment stored before the draw: a draw interrupted here leaves a commitment with
        // no result, never a result that could have been drawn again under another seed.
        await Change(s => { s.Draws++; s.DrawIds.Add(drawId); });
        await drawGrain.Commit(DrawHashes.Commitment(DrawHashes.SeedBytesOf(seed)!), by);
        var check = Domain.Inspections.Draws.Draw.Run(drawId, drawTasks, pool, new DrawParameters(inspectorsPerVisit), seed);
        if (check.Errors is { } errors)
            throw new InvalidRequestException(string.Join("；", errors.SelectMany(e => e.Value)));
        var kept = await drawGrain.Complete(check.Record!);
        log.LogInformation("Draw {DrawId} by {User}: {Staffed} visits staffed, {Unstaffed} not, pool {Pool}, pool hash {PoolHash}",
            drawId, by, check.Record!.Result.Count, check.Record.Unstaffed.Count, check.Record.Pool.Count, check.Record.PoolHash);

        foreach (var group in check.Record.Result.GroupBy(a => PlannerRuns.RunIdOf(a.TaskId)!))
        {
            var codes = new Dictionary<string, string>();
            foreach (var a in group) codes[a.TaskId] = await NewCode(a.TaskId);
            await GrainFactory.GetGrain<IInspectionRunGrain>(group.Key).Staff(drawId, group.ToList(), codes);
        }
        return kept;
    }

    /// <summary>The planned visits to draw for, in the named run or among the named tasks; unknown ids are a 400.</summary>
    async Task<List<InspectionTask>> DrawCandidates(string? runId, IReadOnlyList<string>? taskIds)
    {
        if ((runId is null) == (taskIds is null)) throw new InvalidRequestException("请指定 runId 或 taskIds 之一");
        List<InspectionTask> tasks;
        if (runId is not null)
        {
            if (state.State.Runs.All(r => r.Id != runId)) throw new InvalidRequestException($"未知的统筹计划：{runId}");
            tasks = [.. await Tasks(runId)];
        }
        else
        {
            if (taskIds!.Count is 0 or > Domain.Inspections.Draws.Draw.MaxTasks || taskIds.Any(id => !InputLimits.IsId(id)))
                throw new InvalidRequestException($"taskIds 须为 1–{Domain.Inspections.Draws.Draw.MaxTasks} 个有效的任务编号");
            tasks = [];
            foreach (var group in taskIds.Distinct().GroupBy(PlannerRuns.RunIdOf))
            {
                if (group.Key is null || state.State.Runs.All(r => r.Id != group.Key)) throw new InvalidRequestException($"未知的检查任务：{group.First()}");
                var inRun = (await GrainFactory.GetGrain<IInspectionRunGrain>(group.Key).Tasks()).ToDictionary(t => t.Id);
                foreach (var id in group)
                    tasks.Add(inRun.GetValueOrDefault(id) ?? throw new InvalidRequestException($"未知的检查任务：{id}"));
            }
        }
        // One team per enterprise and quarter: a visit whose enterprise another run of the quarter already staffed stays
        // undrawn, so a repeated run never sends a second team.
        // (A run has one visit per enterprise, so the candidates' own runs need no second read.)
        var staffedElsewhere = new HashSet<string>(StringComparer.Ordinal);
        var ownRuns = tasks.Select(t => t.RunId).ToHashSet(StringComparer.Ordinal);
        foreach (var period in tasks.Select(t => t.Period).Distinct())
        foreach (var run in state.State.Runs.Where(r => r.Period == period && !ownRuns.Contains(r.Id)))
            foreach (var t in await GrainFactory.GetGrain<IInspectionRunGrain>(run.Id).Tasks())
                if (t.Status != InspectionTaskStatus.Planned) staffedElsewhere.Add($"{t.CreditCode}|{t.Period}");
        return tasks.Where(t => t.Status == InspectionTaskStatus.Planned && !staffedElsewhere.Contains($"{t.CreditCode}|{t.Period}")).ToList();
    }

    async Task<string> NewCode(string taskId)
    {
        while (true)
        {
            var code = InspectionCode.New();
            if (await GrainFactory.GetGrain<IInspectionCodeGrain>(code).Bind(taskId)) return code;
        }
    }

    /// <summary>Applies a change and writes it; on a storage failure the state goes back to what storage holds.</summary>
    async Task Change(Action<InspectionOfficeState> change)
    {
        var snapshot = new InspectionOfficeState
        {
            Plans = new(state.State.Plans), Filings = [.. state.State.Filings], Runs = [.. state.State.Runs], DrawIds = [.. state.State.DrawIds],
            Draws = state.State.Draws, Seeded = state.State.Seeded,
        };
        change(state.State);
        try { await state.WriteStateAsync(); }
        catch
        {
            state.State = snapshot;
            throw;
        }
    }

    DateOnly ChinaToday() => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(DeadlineRules.ChinaStandardTime).DateTime);

    static string Key(string departmentId, int year) => $"{departmentId}|{year}";
}
