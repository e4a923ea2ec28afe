namespace Dispatch.Domain.Incidents;

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

    /// <summary>
    /// How many days an ended incident stays in the lists and the export (<c>incidents.retentionDays</c>); null: for ever.
    /// It never stays in a desk's state: that holds open work only. Past this, export it (GET /api/incidents/export).
    /// </summary>
    public int? RetentionDays { get; init; }

    /// <summary>The limits an incident of this category and priority runs on: the category's own, else the county's, else the defaults.</summary>
    /// <param name="handle">a handling limit the report itself set (a 12345 deadline class): it replaces the handling one.</param>
    public IReadOnlyList<DeadlineLimit> LimitsFor(IncidentCategory category, Priority priority, DeadlineLimit? handle = null)
    {
        var limits = category.Deadlines ?? DeadlinesByPriority.GetValueOrDefault(priority) ?? DeadlineRules.Defaults[priority];
        return handle is null ? limits : [.. limits.Where(l => l.Kind != DeadlineKind.Handle), handle];
    }

    /// <summary>
    /// 12345 category text → category id (<c>incidents.hotlineCategories</c>). A text not listed (and not a category's
    /// own name) sends the ticket to triage.
    /// </summary>
    public IReadOnlyDictionary<string, string> HotlineCategories { get; init; } = new Dictionary<string, string>();
    public WorkingCalendar Calendar => new(Holidays, MakeUpWorkdays);
}
