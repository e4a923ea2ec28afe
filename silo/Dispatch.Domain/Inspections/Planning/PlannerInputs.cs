namespace Dispatch.Domain.Inspections.Planning;

/// <summary>Everything the joint meeting plans from: the object directory, past checks, the departments' plans, the scenarios and the county's settings.</summary>
public sealed record PlannerInputs(
    IReadOnlyList<EnterpriseRecord> Enterprises,
    IReadOnlyList<InspectionHistoryEntry> History,
    IReadOnlyList<InspectionPlan> Plans,
    IReadOnlyList<InspectionScenario> Scenarios,
    InspectionSettings Settings);
