using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents;

/// <summary>One row of the transition table: from a status, an action (with the outcome of its check, if it has one) leads to a status, for these roles.</summary>
public sealed record TransitionRule(IncidentStatus From, IncidentAction Action, IncidentStatus To, IReadOnlyList<Role> Roles,
    bool AssignedOfficerOnly = false, TransitionCheck Check = TransitionCheck.None);
