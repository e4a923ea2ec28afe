using Dispatch.Domain.Common;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles;

namespace Dispatch.Grains.Contracts.Whistles;

/// <summary>One township whistle (乡镇吹哨), keyed by whistle id: its parts, time limits and the officers sent.</summary>
public interface IWhistleGrain : IGrainWithStringKey
{
    /// <summary>Called once by the zone's whistle desk; durable when it returns.</summary>
    Task<WhistleRecord> Create(WhistleRecord initial);

    Task<WhistleRecord?> Get();

    /// <exception cref="RuleRefusedException">the state does not allow it (409)</exception>
    /// <exception cref="ForbiddenException">the actor may not (403)</exception>
    /// <exception cref="InvalidRequestException">the input is malformed (400)</exception>
    Task<WhistleRecord> Act(WhistleAction action, Actor who, WhistleInput input);

    /// <summary>Free officers of the summoned department nearest the scene first, only those the caller may see.</summary>
    Task<IReadOnlyList<Recommendation>> Recommend(string departmentId, Actor who);

    /// <summary>Takes any reminder or escalation that is due (the reminder tick calls it; tests call it with their clock).</summary>
    Task CheckDeadlines();
}
