namespace Dispatch.Domain.Incidents.Intake;

/// <summary>
/// A report exactly as an entry point received it (REST today; the hotline, Open311 and whistle bridges next):
/// nothing checked yet. HandleLimit is a handling deadline the sender set (a 12345 deadline class), else the category's. <see cref="IncidentIntake.Check"/> turns it into a <see cref="NewIncident"/> or says why not.
/// </summary>
public sealed record ReportDraft(
    string? Category,
    string? Description,
    string? Priority,
    double? Lat,
    double? Lon,
    string? TownshipId,
    string? GridId,
    string? Source,
    DeadlineLimit? HandleLimit = null);
