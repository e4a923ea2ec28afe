using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Hotline;

[GenerateSerializer]
public sealed class HotlineDeskState
{
    [Id(0)] public Dictionary<string, TriageItem> Triage { get; set; } = [];
    [Id(1)] public Dictionary<string, HotlineDelivery> Deliveries { get; set; } = [];
}
