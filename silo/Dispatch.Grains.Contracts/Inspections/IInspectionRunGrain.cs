using Dispatch.Domain.Access;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>One planner run and its joint visits, keyed by run id: staffing, results, publication, ratings, late publication.</summary>
public interface IInspectionRunGrain : IGrainWithStringKey
{
    Task Create(PlannerRunRecord run, IReadOnlyList<InspectionTask> tasks);

    Task<PlannerRunRecord?> Run();

    Task<IReadOnlyList<InspectionTask>> Tasks();

    Task<InspectionTask?> Get(string taskId);

    /// <summary>Gives each drawn task its inspectors and code, then offers the task to each inspector's device.</summary>
    Task<IReadOnlyList<InspectionTask>> Staff(string drawId, IReadOnlyList<DrawAssignment> assignments, IReadOnlyDictionary<string, string> codes);

    /// <exception cref="ForbiddenException">not an inspector drawn for it (403)</exception>
    /// <exception cref="RuleRefusedException">not drawn yet, or already published (409)</exception>
    /// <exception cref="InvalidRequestException">the results are malformed (400)</exception>
    Task<InspectionTask> RecordResults(string taskId, Scope who, IReadOnlyList<ItemResultInput?>? items);

    Task<InspectionTask> AddEvidence(string taskId, Scope who, Dispatch.Domain.Common.EvidenceRef evidence);

    Task<InspectionTask> Publish(string taskId, Scope who);

    Task<InspectionTask> Rate(string taskId, int? score, string? comment);

    /// <summary>Escalates visits whose results are late (the reminder calls it; tests call it with their clock).</summary>
    Task CheckDeadlines();
}
