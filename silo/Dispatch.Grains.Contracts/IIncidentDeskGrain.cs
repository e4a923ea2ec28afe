using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts;

/// <summary>
/// A zone's intake desk (受理台): numbers new incidents, merges duplicates, honours idempotency keys, and keeps the
/// zone's incident list. One per zone, so intake in a zone is serial and duplicate checks cannot race.
/// </summary>
public interface IIncidentDeskGrain : IGrainWithStringKey
{
    Task<IntakeResult> Intake(NewIncident report, Actor who, string? idempotencyKey);
    Task<IReadOnlyList<IncidentSummary>> List();
    /// <summary>One-way: incidents report their changes here, and the desk itself waits on incidents during intake.</summary>
    [Orleans.Concurrency.OneWay] Task Updated(IncidentSummary summary);
    /// <summary>One-way: an officer stationed in this zone came free; urgent incidents awaiting an officer of its department are offered.</summary>
    [Orleans.Concurrency.OneWay] Task OfficerAvailable(string officerId);
}
