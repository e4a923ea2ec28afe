using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Inspections;

/// <summary>Grain state of one year of the office: that year's plans, filings, runs and draws, and how far it came from the county's office.</summary>
[GenerateSerializer]
public sealed class InspectionYearState
{
    /// <summary>The departments' plans for the year, by department id.</summary>
    [Id(0)] public Dictionary<string, FiledPlan> Plans { get; set; } = [];
    [Id(1)] public List<AdhocFiling> Filings { get; set; } = [];
    [Id(2)] public List<PlannerRunRecord> Runs { get; set; } = [];
    [Id(3)] public List<string> DrawIds { get; set; } = [];
    /// <summary>Whether the year has written anything: from then on the county's office has nothing more for it.</summary>
    [Id(4)] public bool Opened { get; set; }
    /// <summary>Whether the demo plans came with the opening.</summary>
    [Id(5)] public bool TookDemoPlans { get; set; }
    /// <summary>Whether the county's office knows the year keeps its part (<see cref="Dispatch.Grains.Contracts.Inspections.IInspectionOfficeGrain.Kept"/>).</summary>
    [Id(6)] public bool Told { get; set; }

    public InspectionYearState Copy() => new()
    {
        Plans = new(Plans), Filings = [.. Filings], Runs = [.. Runs], DrawIds = [.. DrawIds], Opened = Opened, TookDemoPlans = TookDemoPlans, Told = Told,
    };
}
