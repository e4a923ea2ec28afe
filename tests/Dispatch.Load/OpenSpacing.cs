namespace Dispatch.Load;

/// <summary>
/// Where the history bench reports: random points in the townships, each more than
/// <see cref="TownshipPoints.MinSpacingMeters"/> from every incident of the same category this run still has open —
/// the ones left open on purpose, and the ones created but not yet rejected by another worker. Those are the only
/// merge targets the run makes (an ended incident is never one), so the check stays a few hundred points long however
/// long the history grows. Open incidents of earlier runs are not known here; a report landing on one is merged and
/// counted.
/// </summary>
public sealed class OpenSpacing(TownshipPoints points)
{
    const int Attempts = 50;

    readonly Dictionary<string, List<OfficerPosition>> _openByCategory = [];
    readonly Lock _lock = new();

    /// <summary>A point for a new incident of <paramref name="category"/>, held as open until <see cref="Ended"/>.</summary>
    public (string TownshipId, OfficerPosition Point) Take(string category)
    {
        lock (_lock)
        {
            if (!_openByCategory.TryGetValue(category, out var open)) _openByCategory[category] = open = [];
            var chosen = points.Anywhere();
            // After 50 tries the last point is taken anyway: a merge is counted, never hidden.
            for (var attempt = 1; attempt < Attempts && open.Any(o => TownshipPoints.Meters(o, chosen.Point) <= TownshipPoints.MinSpacingMeters); attempt++)
                chosen = points.Anywhere();
            open.Add(chosen.Point);
            return chosen;
        }
    }

    /// <summary>The incident at <paramref name="point"/> was rejected (or never created): no longer a merge target.</summary>
    public void Ended(string category, OfficerPosition point)
    {
        lock (_lock)
            if (_openByCategory.TryGetValue(category, out var open)) open.Remove(point);
    }
}
