using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Whistles;

/// <summary>The zone's finished whistles (for lists and the scorecard): rewritten only when a whistle ends or is rated.</summary>
[GenerateSerializer]
public sealed class WhistleArchiveState
{
    [Id(0)] public Dictionary<string, WhistleRecord> Finished { get; set; } = [];
}
