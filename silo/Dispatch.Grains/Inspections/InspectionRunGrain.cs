using Dispatch.Domain.Access;
using Dispatch.Domain.County;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Inspections;
using Microsoft.Extensions.Logging;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Inspections;

/// <summary>
/// One planner run's visits. Thin: asks <see cref="InspectionTaskRules"/> what a step means, persists, then tells the
/// inspectors' devices. A durable reminder watches publication deadlines while any inspected visit is unpublished.
/// </summary>
public sealed class InspectionRunGrain(
    [PersistentState("inspection-run", StorageNames.Dispatch)] IPersistentState<InspectionRunState> state,
    CountyDirectory county,
    IInspectionPush push,
    DispatchClock time,
    ILogger<InspectionRunGrain> log) : Grain, IInspectionRunGrain, IRemindable
{
    const string PublicationReminder = "publication-deadlines";

    public async Task Create(PlannerRunRecord run, IReadOnlyList<InspectionTask> tasks)
    {
        if (state.State.Run is not null) return;
        state.State.Run = run;
        state.State.Tasks = [.. tasks];
        await state.WriteStateAsync();
        log.LogInformation("Planner run {RunId} for {Period}: {Visits} visits (naive {Naive}, lower bound {LowerBound})",
            run.Id, run.Period, run.VisitsPlanned, run.NaiveVisits, run.LowerBound);
    }

    public Task<PlannerRunRecord?> Run() => Task.FromResult(state.State.Run);

    public Task<IReadOnlyList<InspectionTask>> Tasks() => Task.FromResult<IReadOnlyList<InspectionTask>>(state.State.Tasks);

    public Task<InspectionTask?> Get(string taskId) => Task.FromResult(Find(taskId));

    public async Task<IReadOnlyList<InspectionTask>> Staff(string drawId, IReadOnlyList<DrawAssignment> assignments, IReadOnlyDictionary<string, string> codes)
    {
        var now = time.GetUtcNow();
        var staffed = new List<InspectionTask>();
        var next = state.State.Tasks.ToList();
        foreach (var a in assignments)
        {
            var index = next.FindIndex(t => t.Id == a.TaskId);
            if (index < 0) throw new InvalidRequestException($"未知的检查任务：{a.TaskId}");
            var outcome = InspectionTaskRules.Staff(next[index], drawId, a.InspectorIds, codes[a.TaskId], now);
            if (outcome.Refusal is { } refusal) throw refusal.ToException();
            next[index] = outcome.Task!;
            staffed.Add(outcome.Task!);
        }
        await Write(next);
        log.LogInformation("Draw {DrawId} staffed {Count} visits of run {RunId}", drawId, staffed.Count, state.State.Run?.Id);
        foreach (var task in staffed)
        foreach (var officerId in task.InspectorIds)
            await FollowUp.Safely(log, "Inspection task", task.Id, () => push.TaskOffered(officerId, task));
        return staffed;
    }

    public Task<InspectionTask> RecordResults(string taskId, Scope who, IReadOnlyList<ItemResultInput?>? items) =>
        Step(taskId, t => InspectionTaskRules.RecordResults(t, who, items, time.GetUtcNow(), county.Data.Inspections), who.Username, "results");

    public Task<InspectionTask> AddEvidence(string taskId, Scope who, Domain.Common.EvidenceRef evidence) =>
        Step(taskId, t => InspectionTaskRules.AddEvidence(t, who, evidence, time.GetUtcNow()), who.Username, "evidence");

    public Task<InspectionTask> Publish(string taskId, Scope who) =>
        Step(taskId, t => InspectionTaskRules.Publish(t, who, time.GetUtcNow()), who.Username, "publish");

    public Task<InspectionTask> Rate(string taskId, int? score, string? comment) =>
        Step(taskId, t => InspectionTaskRules.Rate(t, score, comment, time.GetUtcNow()), "enterprise", "rate");

    public async Task CheckDeadlines()
    {
        var now = time.GetUtcNow();
        var next = state.State.Tasks.Select(t => InspectionTaskRules.Escalate(t, now) ?? t).ToList();
        var escalated = next.Where((t, i) => !ReferenceEquals(t, state.State.Tasks[i])).ToList();
        if (escalated.Count > 0)
        {
            await Write(next);
            foreach (var t in escalated)
                log.LogWarning("Inspection {TaskId} results not published by {Deadline}: escalated to the joint meeting's office", t.Id, t.PublishDeadline);
        }
        await WatchDeadlines();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlines();

    InspectionTask? Find(string taskId) => state.State.Tasks.FirstOrDefault(t => t.Id == taskId);

    async Task<InspectionTask> Step(string taskId, Func<InspectionTask, TaskOutcome> rule, string by, string action)
    {
        var index = state.State.Tasks.FindIndex(t => t.Id == taskId);
        if (index < 0) throw new InvalidRequestException($"未知的检查任务：{taskId}");
        var before = state.State.Tasks[index];
        var outcome = rule(before);
        if (outcome.Refusal is { } refusal) throw refusal.ToException();
        var next = state.State.Tasks.ToList();
        next[index] = outcome.Task!;
        await Write(next);
        log.LogInformation("Inspection {TaskId} {Action} by {User}: {From} -> {To}", taskId, action, by, before.Status, outcome.Task!.Status);
        await WatchDeadlines();
        return outcome.Task!;
    }

    /// <summary>Writes the visits; on a storage failure memory goes back to what storage holds, so nothing half-done is served.</summary>
    async Task Write(List<InspectionTask> next)
    {
        var before = state.State.Tasks;
        state.State.Tasks = next;
        try { await state.WriteStateAsync(); }
        catch
        {
            state.State.Tasks = before;
            throw;
        }
    }

    async Task WatchDeadlines()
    {
        var watching = state.State.Tasks.Any(t => t.Status == InspectionTaskStatus.Inspected && !t.Escalated);
        if (watching) await this.RegisterOrUpdateReminder(PublicationReminder, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
        else if (await this.GetReminder(PublicationReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
