using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Whistles;

[GenerateSerializer]
public sealed class WhistleDeskState
{
    [Id(0)] public Dictionary<string, WhistleRecord> Whistles { get; set; } = [];
    [Id(1)] public string Day { get; set; } = "";
    [Id(2)] public int Sequence { get; set; }
}
