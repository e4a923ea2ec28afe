using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// A problem as intake accepted it (信息收集): checked by <see cref="Intake.IncidentIntake"/>. Priority null means the
/// category's default. What the reporter asked for and was not granted is kept (RequestedPriority, RequestedSource), and
/// AutoDispatchAllowed says whether the county lets this reporter and source set off automatic dispatch. HandleLimit
/// replaces the category's handling limit (a 12345 ticket's deadline class).
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
    bool AutoDispatchAllowed = true,
    DeadlineLimit? HandleLimit = null);
