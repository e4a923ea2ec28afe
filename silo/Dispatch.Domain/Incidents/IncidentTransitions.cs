using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// The exhaustive table of the closed loop (DOMAIN.md §2). Anything not in it is refused. "Command" roles are the
/// zone centre and the county; the system itself may dispatch (auto-dispatch of urgent incidents).
/// </summary>
public static class IncidentTransitions
{
    static readonly Role[] Command = [Role.ZoneDispatcher, Role.CountyCommander];
    static readonly Role[] AssignedOfficer = [Role.Officer];
    static readonly Role[] Verifiers = [Role.GridWorker, Role.TownshipStaff, Role.ZoneDispatcher, Role.CountyCommander];
    static readonly Role[] SendBackers = [Role.DepartmentDesk, Role.Officer, Role.ZoneDispatcher, Role.CountyCommander];

    public static readonly IReadOnlyList<TransitionRule> Table =
    [
        new(IncidentStatus.Reported, IncidentAction.Register, IncidentStatus.Registered, Command),
        new(IncidentStatus.Reported, IncidentAction.Reject, IncidentStatus.Rejected, Command),
        new(IncidentStatus.Reported, IncidentAction.Park, IncidentStatus.Parked, Command),

        new(IncidentStatus.Registered, IncidentAction.Dispatch, IncidentStatus.Dispatched, Command),
        new(IncidentStatus.Registered, IncidentAction.Reject, IncidentStatus.Rejected, Command),
        new(IncidentStatus.Registered, IncidentAction.Park, IncidentStatus.Parked, Command),

        new(IncidentStatus.Dispatched, IncidentAction.Acknowledge, IncidentStatus.Acknowledged, AssignedOfficer, AssignedOfficerOnly: true),
        new(IncidentStatus.Dispatched, IncidentAction.Decline, IncidentStatus.Registered, AssignedOfficer, AssignedOfficerOnly: true),
        new(IncidentStatus.Dispatched, IncidentAction.Dispatch, IncidentStatus.Dispatched, Command),
        new(IncidentStatus.Dispatched, IncidentAction.SendBack, IncidentStatus.Registered, SendBackers),
        new(IncidentStatus.Dispatched, IncidentAction.Extend, IncidentStatus.Dispatched, Command),
        new(IncidentStatus.Dispatched, IncidentAction.Park, IncidentStatus.Parked, Command),

        new(IncidentStatus.Acknowledged, IncidentAction.Arrive, IncidentStatus.OnScene, AssignedOfficer, AssignedOfficerOnly: true),
        new(IncidentStatus.Acknowledged, IncidentAction.Dispatch, IncidentStatus.Dispatched, Command),
        new(IncidentStatus.Acknowledged, IncidentAction.SendBack, IncidentStatus.Registered, SendBackers),
        new(IncidentStatus.Acknowledged, IncidentAction.Extend, IncidentStatus.Acknowledged, Command),
        new(IncidentStatus.Acknowledged, IncidentAction.Park, IncidentStatus.Parked, Command),

        new(IncidentStatus.OnScene, IncidentAction.Handle, IncidentStatus.Handled, AssignedOfficer, AssignedOfficerOnly: true),
        new(IncidentStatus.OnScene, IncidentAction.Dispatch, IncidentStatus.Dispatched, Command),
        new(IncidentStatus.OnScene, IncidentAction.Extend, IncidentStatus.OnScene, Command),
        new(IncidentStatus.OnScene, IncidentAction.Park, IncidentStatus.Parked, Command),

        // A failed verification is rework (返工): back to the same officer.
        new(IncidentStatus.Handled, IncidentAction.Verify, IncidentStatus.Verified, Verifiers, Check: TransitionCheck.Passed),
        new(IncidentStatus.Handled, IncidentAction.Verify, IncidentStatus.Dispatched, Verifiers, Check: TransitionCheck.Failed),
        new(IncidentStatus.Handled, IncidentAction.Rework, IncidentStatus.Dispatched, Command),

        new(IncidentStatus.Verified, IncidentAction.Close, IncidentStatus.Closed, Command),
        new(IncidentStatus.Verified, IncidentAction.Rework, IncidentStatus.Dispatched, Command),

        new(IncidentStatus.Closed, IncidentAction.Evaluate, IncidentStatus.Evaluated, Verifiers),
        new(IncidentStatus.Closed, IncidentAction.Rework, IncidentStatus.Dispatched, Command),

        // A parked case (挂账) is taken up again by registering it anew.
        new(IncidentStatus.Parked, IncidentAction.Register, IncidentStatus.Registered, Command),
    ];

    static readonly Dictionary<(IncidentStatus, IncidentAction, TransitionCheck), TransitionRule> ByKey =
        Table.ToDictionary(r => (r.From, r.Action, r.Check));

    /// <summary>The row for this status, action and outcome of the action's check.</summary>
    public static TransitionRule? Find(IncidentStatus from, IncidentAction action, TransitionCheck check) =>
        ByKey.GetValueOrDefault((from, action, check));

    /// <summary>A row for this status and action, whatever its check (the rows of one action share their roles).</summary>
    public static TransitionRule? FindAny(IncidentStatus from, IncidentAction action) =>
        Table.FirstOrDefault(r => r.From == from && r.Action == action);

    /// <summary>The outcome of an action's check: only a verification has one (accepted or not).</summary>
    public static TransitionCheck CheckOf(IncidentAction action, bool? accepted) =>
        action != IncidentAction.Verify ? TransitionCheck.None : accepted == false ? TransitionCheck.Failed : TransitionCheck.Passed;

    /// <summary>The actions open to someone in this status (for the console's buttons).</summary>
    public static IEnumerable<IncidentAction> Available(IncidentStatus from) => Table.Where(r => r.From == from).Select(r => r.Action).Distinct();
}
