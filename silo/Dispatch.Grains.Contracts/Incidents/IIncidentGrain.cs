using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts.Incidents;

/// <summary>One incident (事件), keyed by incident id: its state machine, deadlines and the officer working it.</summary>
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>Called once by the zone's intake desk; durable when it returns.</summary>
    Task<IncidentRecord> Create(IncidentRecord initial);

    Task<IncidentRecord?> Get();

    /// <exception cref="RuleRefusedException">the state does not allow it (409)</exception>
    /// <exception cref="ForbiddenException">the actor may not (403)</exception>
    /// <exception cref="InvalidRequestException">the input is malformed (400)</exception>
    Task<IncidentRecord> Act(IncidentAction action, Actor who, ActionInput input);

    /// <summary>A further report of the same problem, merged by the intake desk.</summary>
    Task<IncidentRecord> AddReport(Actor who, string description, Dispatch.Domain.Geo.GeoPoint where);

    /// <summary>The escalation bridge: a whistle was raised from this incident.</summary>
    Task<IncidentRecord> LinkWhistle(string whistleId, Actor who);

    Task<IncidentRecord> AddEvidence(EvidenceRef evidence, Actor who);

    /// <summary>Free qualified officers nearest first, only those the caller may see (null: the system, own zone then the county).</summary>
    Task<IReadOnlyList<Recommendation>> Recommend(Actor? who);

    /// <summary>An officer came free (or null: look again): an urgent incident awaiting an officer is offered now.</summary>
    /// <returns>whether the incident was dispatched (to that officer, when one is named)</returns>
    Task<bool> RetryAutoDispatch(string? officerId);

    /// <summary>A 12345 ticket filed as (or merged into) this incident: it is told when the incident ends. Idempotent.</summary>
    Task<IncidentRecord> FollowHotline(string ticketId);

    /// <summary>Takes any reminder or escalation that is due (the reminder tick calls it; tests call it with their clock).</summary>
    Task CheckDeadlines();
}
