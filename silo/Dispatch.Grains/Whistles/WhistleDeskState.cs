using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Whistles;

/// <summary>The desk's numbering and the zone's open whistles: small, rewritten on every change of an open whistle.</summary>
[GenerateSerializer]
public sealed class WhistleDeskState
{
    [Id(0)] public Dictionary<string, WhistleRecord> Open { get; set; } = [];
    [Id(1)] public string Day { get; set; } = "";
    [Id(2)] public int Sequence { get; set; }
}
