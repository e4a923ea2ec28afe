using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Incidents;

[GenerateSerializer]
public sealed class DeskState
{
    [Id(0)] public Dictionary<string, IncidentSummary> Incidents { get; set; } = [];
    [Id(1)] public Dictionary<string, SeenKey> Keys { get; set; } = [];
    [Id(2)] public string Day { get; set; } = "";
    [Id(3)] public int Sequence { get; set; }
}

[GenerateSerializer]
public sealed record SeenKey([property: Id(0)] string IncidentId, [property: Id(1)] bool Merged, [property: Id(2)] DateTimeOffset At);
