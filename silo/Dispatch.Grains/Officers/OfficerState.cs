using Dispatch.Domain.Officers;

namespace Dispatch.Grains.Officers;

/// <summary>What survives a silo: status always, position as a snapshot (at most once a minute per officer).</summary>
[GenerateSerializer]
public sealed class OfficerState
{
    [Id(0)] public OfficerStatus Status { get; set; } = OfficerStatus.OffDuty;
    [Id(1)] public DateTimeOffset StatusSince { get; set; }
    [Id(2)] public double? Lat { get; set; }
    [Id(3)] public double? Lon { get; set; }
    [Id(4)] public double? Accuracy { get; set; }
    [Id(5)] public DateTimeOffset? FixTime { get; set; }
    /// <summary>The incident the officer is working, if any.</summary>
    [Id(6)] public string? IncidentId { get; set; }
}
