using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// A problem as intake accepted it (信息收集): checked by <see cref="Intake.IncidentIntake"/>. Priority null means the
/// category's default. What the reporter asked for and was not granted is kept (RequestedPriority, RequestedSource), and
/// AutoDispatchAllowed says whether the county lets this reporter and source set off automatic dispatch.
/// </summary>
public sealed record NewIncident(
    string Category,
    string Description,
    Priority? Priority,
    GeoPoint Location,
    string? TownshipId,
    string? GridId,
    IncidentSource Source,
    Priority? RequestedPriority = null,
    IncidentSource? RequestedSource = null,
    bool AutoDispatchAllowed = true);

/// <summary>What the intake did with a report: a new incident, or a further report of an open one nearby.</summary>
public sealed record IntakeResult(IncidentRecord Incident, bool Merged);

/// <summary>An incident as lists and the duplicate check see it.</summary>
public sealed record IncidentSummary(
    string Id,
    IncidentStatus Status,
    string Category,
    Priority Priority,
    GeoPoint Location,
    string ZoneId,
    string? TownshipId,
    string DepartmentId,
    string? AssignedOfficerId,
    string ReportedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool AwaitingOfficer = false)
{
    public static IncidentSummary Of(IncidentRecord r) => new(r.Id, r.Status, r.Category, r.Priority, r.Location, r.ZoneId, r.TownshipId,
        r.DepartmentId, r.AssignedOfficerId, r.ReportedBy, r.CreatedAt, r.UpdatedAt, r.AwaitingOfficer);
}

/// <summary>A county's incident settings (per-county, from the county file).</summary>
public sealed record IncidentSettings
{
    /// <summary>Urgent incidents are registered and dispatched to the best candidate by the system.</summary>
    public bool AutoDispatchUrgent { get; init; } = true;
    public double DuplicateRadiusMeters { get; init; } = 100;
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromHours(2);
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
    public IReadOnlyList<DateOnly> MakeUpWorkdays { get; init; } = [];
    /// <summary>Whose priority and source intake takes as given, and who may set off auto-dispatch.</summary>
    public Intake.IntakeSettings Intake { get; init; } = new();

    /// <summary>Per-priority limits for this county; a priority not named here uses <see cref="DeadlineRules.Defaults"/>.</summary>
    public IReadOnlyDictionary<Priority, IReadOnlyList<DeadlineLimit>> DeadlinesByPriority { get; init; } = new Dictionary<Priority, IReadOnlyList<DeadlineLimit>>();

    public DuplicateRule Duplicates => new(DuplicateRadiusMeters, DuplicateWindow);

    /// <summary>The limits an incident of this category and priority runs on: the category's own, else the county's, else the defaults.</summary>
    public IReadOnlyList<DeadlineLimit> LimitsFor(IncidentCategory category, Priority priority) =>
        category.Deadlines ?? DeadlinesByPriority.GetValueOrDefault(priority) ?? DeadlineRules.Defaults[priority];
    public WorkingCalendar Calendar => new(Holidays, MakeUpWorkdays);
}
