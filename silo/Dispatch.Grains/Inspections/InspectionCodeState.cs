namespace Dispatch.Grains.Inspections;

[GenerateSerializer]
public sealed class InspectionCodeState
{
    [Id(0)] public string? TaskId { get; set; }
}
