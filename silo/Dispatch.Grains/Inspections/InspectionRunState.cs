using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Inspections;

/// <summary>Grain state of one planner run: its figures and its visits, stored as JSON (see DomainSerialization).</summary>
[GenerateSerializer]
public sealed class InspectionRunState
{
    [Id(0)] public PlannerRunRecord? Run { get; set; }
    [Id(1)] public List<InspectionTask> Tasks { get; set; } = [];
}
