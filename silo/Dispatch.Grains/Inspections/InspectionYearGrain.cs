using Dispatch.Domain.Common;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Directory;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Enterprises;
using Microsoft.Extensions.Logging;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// One year of the joint meeting's office. Thin: plans and filings are checked by the domain (<see cref="AdhocCheck"/>,
/// <see cref="FiledPlan.Merge"/>), runs by <see cref="PlannerRuns"/>, draws by <see cref="Draw"/>, years by
/// <see cref="InspectionYears"/>; this grain keeps the year's, takes filing and draw numbers from the county's office,
/// and hands each run's visits to its own grain. The first time it opens it takes over what the county's office held of
/// its year from before the year grains (and the demo plans, when due), and tells the office once that it keeps them.
/// </summary>
public sealed class InspectionYearGrain(
    [PersistentState("inspection-year", StorageNames.Dispatch)] IPersistentState<InspectionYearState> state,
    CountyDirectory county,
    DispatchClock time,
    ILogger<InspectionYearGrain> log) : Grain, IInspectionYearGrain
{
    string _countyId = "";
    int _year;

    IInspectionOfficeGrain Office => GrainFactory.Office(_countyId);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_countyId, _year) = InspectionOffices.Parse(this.GetPrimaryKeyString());
        if (!state.State.Opened && await Office.Opening(_year) is { Held.IsEmpty: false } opening)
        {
            var held = opening.Held;
            state.State = new InspectionYearState
            {
                Plans = held.Plans.ToDictionary(p => p.Plan.DepartmentId), Filings = [.. held.Filings], Runs = [.. held.Runs], DrawIds = [.. held.DrawIds],
                Opened = true, TookDemoPlans = opening.DemoPlans,
            };
            await state.WriteStateAsync(cancellationToken);
            if (opening.DemoPlans)
                log.LogInformation("Inspection office seeded with the demo plans of {Count} departments for {Year}", held.Plans.Count, _year);
            else
                log.LogInformation("Inspection year {Year} took over {Plans} plans, {Filings} filings, {Runs} runs and {Draws} draws from the county's office",
                    _year, held.Plans.Count, held.Filings.Count, held.Runs.Count, held.DrawIds.Count);
        }
        if (state.State.Opened && !state.State.Told) await Tell();
    }

    public Task<IReadOnlyList<FiledPlan>> Plans() => Task.FromResult<IReadOnlyList<FiledPlan>>(state.State.Plans.Values.ToList());

    public async Task<FiledPlan> FilePlan(InspectionPlan plan, string by)
    {
        if (plan.Year != _year) throw new InvalidRequestException($"{plan.Year} 年的计划不属于 {_year} 年度");
        var filed = FiledPlan.Merge(state.State.Plans.GetValueOrDefault(plan.DepartmentId), plan, by, time.GetUtcNow());
        await Change(s => s.Plans[plan.DepartmentId] = filed);
        log.LogInformation("Plan of {DepartmentId} for {Year} filed by {User}: {Items} items in {Periods}", plan.DepartmentId, plan.Year, by,
            plan.Items.Count, string.Join(",", plan.Items.Select(i => i.Period).Distinct()));
        return filed;
    }

    public async Task<AdhocFiling> FileAdhoc(AdhocCheckRequest request, string enterpriseName, string by)
    {
        if (InspectionYears.Of(request) != _year) throw new InvalidRequestException($"计划检查日期 {request.PlannedDate:yyyy-MM-dd} 不在 {_year} 年度");
        var now = time.GetUtcNow();
        var verdict = AdhocCheck.Decide(request, now, county.Data.Inspections);
        var filing = new AdhocFiling(await Office.NextFilingId(), request.DepartmentId, request.CreditCode, enterpriseName,
            request.ItemCode, request.PlannedDate, request.Exemption, verdict.Allowed ? AdhocFilingStatus.Allowed : AdhocFilingStatus.Queued,
            verdict.Reason, null, by, now);
        await Change(s => s.Filings.Add(filing));
        log.LogInformation("Out-of-plan check {FilingId} of {DepartmentId} filed by {User}: {Status}", filing.Id, filing.DepartmentId, by, filing.Status);
        return filing;
    }

    public Task<IReadOnlyList<AdhocFiling>> Filings() => Task.FromResult<IReadOnlyList<AdhocFiling>>(state.State.Filings.ToList());

    public async Task Take(IReadOnlyList<string> filingIds, string runId)
    {
        var taken = filingIds.ToHashSet(StringComparer.Ordinal);
        if (state.State.Filings.Any(f => taken.Contains(f.Id) && f.Status == AdhocFilingStatus.Queued))
            await Change(s => s.Filings = PlannerRuns.Taken(s.Filings, taken, runId));
    }

    public async Task<PlannerRuns.Outcome> RunPlanner(string period, string by)
    {
        if (InspectionPeriod.Parse(period) is not { } quarter || quarter.Year != _year)
            throw new InvalidRequestException($"检查周期须为 {_year} 年的季度，如 {_year}-Q4");
        var runId = InspectionNumbers.Run(quarter, state.State.Runs.Count(r => r.Period == period) + 1);
        var enterprises = await GrainFactory.GetGrain<IEnterpriseDirectoryGrain>(county.Data.Id).List();
        // The history (visits inspected, allowed filings) and the queue are this year's and the earlier years' a run reads.
        var tasks = new List<InspectionTask>(await Tasks(null));
        var filings = new List<AdhocFiling>(state.State.Filings);
        var earlier = new Dictionary<int, IReadOnlyList<AdhocFiling>>();
        foreach (var year in InspectionYears.ReadBefore(quarter, county.Data.Inspections.RepeatAlertDays))
        {
            tasks.AddRange(await GrainFactory.OfficeYear(_countyId, year).Tasks(null));
            filings.AddRange(earlier[year] = await GrainFactory.OfficeYear(_countyId, year).Filings());
        }
        var history = InspectionHistory.From(tasks, filings, period);
        var queued = PlannerRuns.Waiting(filings, state.State.Runs.Where(r => r.Period == period).Select(r => r.Id).ToHashSet());
        var plans = state.State.Plans.Values.Select(p => p.Plan).ToList();
        var seed = BitConverter.ToUInt64(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var outcome = PlannerRuns.Run(runId, _year, period, seed, enterprises, history, plans, queued, county.InspectionCatalogue,
            county.Data.Inspections, t => county.Township(t)?.ZoneId ?? "", by, time.GetUtcNow());

        // The run's visits are durable before the office lists the run: a run listed is a run that can be read.
        await GrainFactory.GetGrain<IInspectionRunGrain>(runId).Create(outcome.Run, outcome.Tasks);
        var taken = outcome.Run.AdhocTaken.ToHashSet(StringComparer.Ordinal);
        await Change(s =>
        {
            s.Runs.Add(outcome.Run);
            s.Filings = PlannerRuns.Taken(s.Filings, taken, runId);
        });
        // An earlier year's queued checks are marked taken after the run is kept: a failure leaves them queued, never lost.
        foreach (var (year, theirs) in earlier)
            if (theirs.Any(f => taken.Contains(f.Id))) await GrainFactory.OfficeYear(_countyId, year).Take([.. taken], runId);
        if (outcome.Run.Violations.Count > 0)
            log.LogError("Planner run {RunId} broke {Count} rules: the planner has a bug", runId, outcome.Run.Violations.Count);
        return outcome;
    }

    public Task<IReadOnlyList<PlannerRunRecord>> Runs() => Task.FromResult<IReadOnlyList<PlannerRunRecord>>(state.State.Runs.ToList());

    public async Task<IReadOnlyList<InspectionTask>> Tasks(string? runId)
    {
        var runs = state.State.Runs.Where(r => runId is null || r.Id == runId).Select(r => r.Id);
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
        var seed = DrawHashes.NewSeed();

        // The number is taken and the commitment stored before the draw: a draw interrupted here leaves a commitment with
        // no result, never a result that could have been drawn again under another seed.
        var drawId = await Office.NextDrawId();
        var drawGrain = GrainFactory.GetGrain<IInspectionDrawGrain>(drawId);
        await Change(s => s.DrawIds.Add(drawId));
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

    public Task<int> StateSize() => Task.FromResult(StateBytes.Of(state.State));

    /// <summary>The planned visits to draw for, in the named run or among the named tasks; unknown ids are a 400.</summary>
    async Task<List<InspectionTask>> DrawCandidates(string? runId, IReadOnlyList<string>? taskIds)
    {
        if ((runId is null) == (taskIds is null)) throw new InvalidRequestException("请指定 runId 或 taskIds 之一");
        List<InspectionTask> tasks;
        if (runId is not null)
        {
            if (!await HasRun(runId)) throw new InvalidRequestException($"未知的统筹计划：{runId}");
            tasks = [.. await GrainFactory.GetGrain<IInspectionRunGrain>(runId).Tasks()];
        }
        else
        {
            if (taskIds!.Count is 0 or > Domain.Inspections.Draws.Draw.MaxTasks || taskIds.Any(id => !InputLimits.IsId(id)))
                throw new InvalidRequestException($"taskIds 须为 1–{Domain.Inspections.Draws.Draw.MaxTasks} 个有效的任务编号");
            tasks = [];
            foreach (var group in taskIds.Distinct().GroupBy(PlannerRuns.RunIdOf))
            {
                if (group.Key is null || !await HasRun(group.Key)) throw new InvalidRequestException($"未知的检查任务：{group.First()}");
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
        foreach (var run in (await RunsOf(InspectionPeriod.Parse(period)!.Year)).Where(r => r.Period == period && !ownRuns.Contains(r.Id)))
            foreach (var t in await GrainFactory.GetGrain<IInspectionRunGrain>(run.Id).Tasks())
                if (t.Status != InspectionTaskStatus.Planned) staffedElsewhere.Add($"{t.CreditCode}|{t.Period}");
        return tasks.Where(t => t.Status == InspectionTaskStatus.Planned && !staffedElsewhere.Contains($"{t.CreditCode}|{t.Period}")).ToList();
    }

    /// <summary>The runs of this year or an earlier one (read from that year's grain); a later year's are never read.</summary>
    async Task<IReadOnlyList<PlannerRunRecord>> RunsOf(int year) =>
        year == _year ? state.State.Runs : year < _year ? await GrainFactory.OfficeYear(_countyId, year).Runs() : [];

    async Task<bool> HasRun(string runId) => InspectionNumbers.YearOf(runId) is { } year && (await RunsOf(year)).Any(r => r.Id == runId);

    async Task<string> NewCode(string taskId)
    {
        while (true)
        {
            var code = InspectionCode.New();
            if (await GrainFactory.GetGrain<IInspectionCodeGrain>(code).Bind(taskId)) return code;
        }
    }

    /// <summary>
    /// Applies a change and writes it; on a storage failure the state goes back to what storage holds. The first write
    /// of a year that took nothing from the county's office tells the office the year has work.
    /// </summary>
    async Task Change(Action<InspectionYearState> change)
    {
        var snapshot = state.State.Copy();
        change(state.State);
        state.State.Opened = true;
        try { await state.WriteStateAsync(); }
        catch
        {
            state.State = snapshot;
            throw;
        }
        if (state.State.Told) return;
        try { await Tell(); }
        catch (Exception e)
        {
            // The change is durable; the office hears of the year on the next change or activation.
            log.LogWarning(e, "Inspection year {Year} could not tell the county's office it has work; it tells it next time", _year);
        }
    }

    /// <summary>The office forgets its copy of the year (and counts the demo plans as put in) only once this grain has written its own.</summary>
    async Task Tell()
    {
        await Office.Kept(_year, state.State.TookDemoPlans);
        state.State.Told = true;
        await state.WriteStateAsync();
    }
}
