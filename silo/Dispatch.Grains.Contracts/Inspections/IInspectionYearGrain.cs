using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Adhoc;
using Dispatch.Domain.Inspections.Draws;
using Dispatch.Domain.Inspections.Execution;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Grains.Contracts.Inspections;

/// <summary>
/// One year of the county joint meeting's office (联席会议办公室), keyed <c>{county}/{year}</c> (<see cref="InspectionOffices.Key"/>):
/// the departments' plans for the year, the out-of-plan filings dated in it, its planner runs and its draws' ids, as
/// <see cref="InspectionYears"/> assigns them. The tasks themselves live in one grain per run. It calls only the county's
/// <see cref="IInspectionOfficeGrain"/> and earlier years' grains, never a later year's.
/// </summary>
public interface IInspectionYearGrain : IGrainWithStringKey
{
    Task<IReadOnlyList<FiledPlan>> Plans();

    /// <summary>Replaces the department's items of the same quarters (the plan is of this year); durable when it returns.</summary>
    Task<FiledPlan> FilePlan(InspectionPlan plan, string by);

    /// <summary>Keeps every filing (its planned date is in this year); a refused one is queued for a later run (the gateway answers 409 with it).</summary>
    Task<AdhocFiling> FileAdhoc(AdhocCheckRequest request, string enterpriseName, string by);

    Task<IReadOnlyList<AdhocFiling>> Filings();

    /// <summary>Marks the queued filings a later year's run took as planned by it.</summary>
    Task Take(IReadOnlyList<string> filingIds, string runId);

    /// <summary>Plans a quarter of this year; reads the year before for history and the queue.</summary>
    /// <exception cref="InvalidRequestException">a period that is not a quarter of this year (400)</exception>
    Task<PlannerRuns.Outcome> RunPlanner(string period, string by);

    Task<IReadOnlyList<PlannerRunRecord>> Runs();

    /// <summary>Every task of one of this year's runs, or of all of them when <paramref name="runId"/> is null.</summary>
    Task<IReadOnlyList<InspectionTask>> Tasks(string? runId);

    /// <summary>Draws for visits of this year's runs and of earlier years' (a draw is kept by the latest year of its visits, <see cref="InspectionYears.OfDraw"/>).</summary>
    /// <exception cref="InvalidRequestException">unknown tasks, a bad recusal or parameters (400)</exception>
    /// <exception cref="RuleRefusedException">nothing left to draw (409)</exception>
    Task<KeptDraw> Draw(string? runId, IReadOnlyList<string>? taskIds, int inspectorsPerVisit, IReadOnlyList<Recusal> recusals, string by);

    /// <summary>The size of the year's stored state in bytes.</summary>
    Task<int> StateSize();
}
