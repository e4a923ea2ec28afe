using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts.Incidents;

/// <summary>
/// A zone's intake desk (受理台): numbers new incidents, merges duplicates, honours idempotency keys, and keeps the
/// zone's open incidents. One per zone, so intake in a zone is serial and duplicate checks cannot race.
/// </summary>
public interface IIncidentDeskGrain : IGrainWithStringKey
{
    Task<IntakeResult> Intake(NewIncident report, Actor who, string? idempotencyKey);

    /// <summary>The zone's open incidents.</summary>
    Task<IReadOnlyList<IncidentSummary>> List();

    /// <summary>One-way: incidents report each durable change here (without their timeline); an ended one leaves the desk.</summary>
    [Orleans.Concurrency.OneWay] Task Updated(IncidentRecord incident);

    /// <summary>One-way: an officer stationed in this zone came free; urgent incidents awaiting an officer of its department are offered.</summary>
    [Orleans.Concurrency.OneWay] Task OfficerAvailable(string officerId);

    /// <summary>
    /// What the desk's timer does every 5 minutes, at once: writes every open incident to the query model again and
    /// lets go of any it holds that ended unheard (a lost one-way <see cref="Updated"/>) or was never created. The
    /// rebuild asks every desk for it.
    /// </summary>
    Task Sweep();

    /// <summary>The size of the desk's stored state in bytes (the history bench prints it).</summary>
    Task<int> StateSize();
}
