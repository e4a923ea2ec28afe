using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>
/// The county joint meeting's office (联席会议办公室), keyed by county id: the departments' plans, out-of-plan filings, the
/// planner runs and the draws. The tasks themselves live in one grain per run.
/// </summary>
public interface IInspectionOfficeGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<FiledPlan>> Plans();

    /// <summary>Replaces the department's items of the same year and quarters; durable when it returns.</summary>
    Task<FiledPlan> FilePlan(InspectionPlan plan, string by);

    /// <summary>Keeps every filing; a refused one is queued for a later run (the gateway answers 409 with it).</summary>
    Task<AdhocFiling> FileAdhoc(AdhocCheckRequest request, string enterpriseName, string by);

    Task<IReadOnlyList<AdhocFiling>> Filings();

    Task<PlannerRuns.Outcome> RunPlanner(int year, string period, string by);

    Task<IReadOnlyList<PlannerRunRecord>> Runs();

    /// <summary>Every task of one run, or of every run when <paramref name="runId"/> is null.</summary>
    Task<IReadOnlyList<InspectionTask>> Tasks(string? runId);

    /// <exception cref="InvalidRequestException">unknown tasks, a bad recusal or parameters (400)</exception>
    /// <exception cref="RuleRefusedException">nothing left to draw (409)</exception>
    Task<KeptDraw> Draw(string? runId, IReadOnlyList<string>? taskIds, int inspectorsPerVisit, IReadOnlyList<Recusal> recusals, string by);
}
