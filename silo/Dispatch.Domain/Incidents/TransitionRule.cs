using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents;

/// <summary>One row of the transition table: from a status, an action leads to a status, for these roles.</summary>
public sealed record TransitionRule(IncidentStatus From, IncidentAction Action, IncidentStatus To, IReadOnlyList<Role> Roles, bool AssignedOfficerOnly = false);
