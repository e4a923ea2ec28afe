namespace Dispatch.Domain.Incidents;

/// <summary>
/// Reference data an action needs, looked up by the grain: the officer named by a dispatch (null when unknown), and the
/// category and county settings (a register that sets the priority recomputes the deadlines).
/// </summary>
public sealed record ActionContext(
    County.OfficerProfile? Officer = null,
    IncidentCategory? Category = null,
    IncidentSettings? Settings = null);
