using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Incidents;

/// <summary>
/// A zone's intake desk holds only what is open: the open incidents' summaries (for duplicates and waiting urgent
/// work), the day's numbering, and ended incidents whose write to the query model has not yet succeeded. Ended
/// incidents leave once the query model has them; idempotency keys live in their own grains (<see cref="IntakeKeyGrain"/>).
/// </summary>
[GenerateSerializer]
public sealed class DeskState
{
    [Id(0)] public Dictionary<string, IncidentSummary> Incidents { get; set; } = [];
    [Id(2)] public string Day { get; set; } = "";
    [Id(3)] public int Sequence { get; set; }
    /// <summary>Ended incidents waiting for the query model (normally empty: only while its store is unreachable).</summary>
    [Id(4)] public Dictionary<string, IncidentRecord> Leaving { get; set; } = [];
}
