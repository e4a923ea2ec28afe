using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Inspections;

/// <summary>Grain state of the joint meeting's office: plans by department and year, filings, run figures, counters.</summary>
[GenerateSerializer]
public sealed class InspectionOfficeState
{
    /// <summary>Keyed <c>{departmentId}|{year}</c>.</summary>
    [Id(0)] public Dictionary<string, FiledPlan> Plans { get; set; } = [];
    [Id(1)] public List<AdhocFiling> Filings { get; set; } = [];
    [Id(2)] public List<PlannerRunRecord> Runs { get; set; } = [];
    [Id(3)] public List<string> DrawIds { get; set; } = [];
    [Id(4)] public int Draws { get; set; }
    /// <summary>Whether the demo county's plans were put in (once, on first activation).</summary>
    [Id(5)] public bool Seeded { get; set; }
}
