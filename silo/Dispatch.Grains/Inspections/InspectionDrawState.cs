using Dispatch.Domain.Inspections.Execution;

namespace Dispatch.Grains.Inspections;

[GenerateSerializer]
public sealed class InspectionDrawState
{
    [Id(0)] public KeptDraw? Draw { get; set; }
}
