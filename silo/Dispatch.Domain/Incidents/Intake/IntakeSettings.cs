using Dispatch.Domain.Access;

namespace Dispatch.Domain.Incidents.Intake;

/// <summary>
/// A county's intake policy (county file, <c>incidents.intake</c>): whose word on priority and source is taken as
/// given, and which reporters and sources may set off automatic dispatch of urgent incidents.
/// </summary>
public sealed record IntakeSettings
{
    /// <summary>Roles whose priority is taken as given; anyone else's is advisory (recorded and shown, the category's default applies).</summary>
    public IReadOnlyList<Role> PriorityRoles { get; init; } = [Role.ZoneDispatcher, Role.CountyCommander, Role.TownshipStaff];

    /// <summary>Reporter roles whose urgent reports the system dispatches by itself.</summary>
    public IReadOnlyList<Role> AutoDispatchRoles { get; init; } =
        [Role.GridWorker, Role.TownshipStaff, Role.ZoneDispatcher, Role.CountyCommander, Role.Officer];

    /// <summary>Sources whose urgent reports the system dispatches by itself.</summary>
    public IReadOnlyList<IncidentSource> AutoDispatchSources { get; init; } = Enum.GetValues<IncidentSource>();

    /// <summary>Sources each role may name; another source named is advisory and the role's own is used.</summary>
    public static IReadOnlyList<IncidentSource> SourcesOf(Role role) => role switch
    {
        Role.GridWorker => [IncidentSource.Grid],
        Role.Officer => [IncidentSource.Patrol],
        Role.TownshipStaff => [IncidentSource.Whistle, IncidentSource.Grid],
        Role.ZoneDispatcher or Role.CountyCommander => Enum.GetValues<IncidentSource>(),
        _ => [],
    };

    /// <summary>The source a report of this role has when it names none (or one it may not set).</summary>
    public static IncidentSource DefaultSource(Role role) => role switch
    {
        Role.ZoneDispatcher or Role.CountyCommander => IncidentSource.Hotline,
        Role.Officer => IncidentSource.Patrol,
        Role.TownshipStaff => IncidentSource.Whistle,
        _ => IncidentSource.Grid,
    };
}
