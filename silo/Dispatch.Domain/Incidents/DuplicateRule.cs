using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// A report of the same category near an open incident within a window is a further report of it, not a new
/// incident (DOMAIN.md §2: e.g. 100 m). The nearest such incident takes it.
/// </summary>
public sealed record DuplicateRule(double RadiusMeters, TimeSpan Window)
{
    public static readonly DuplicateRule Default = new(100, TimeSpan.FromHours(2));

    public OpenIncident? MergeTarget(IEnumerable<OpenIncident> open, string category, GeoPoint at, DateTimeOffset now) =>
        open.Where(i => i.Category == category && now - i.ReportedAt <= Window)
            .Select(i => (Incident: i, Distance: GeoDistance.Meters(i.Location, at)))
            .Where(x => x.Distance <= RadiusMeters)
            .OrderBy(x => x.Distance)
            .Select(x => x.Incident)
            .FirstOrDefault();
}
