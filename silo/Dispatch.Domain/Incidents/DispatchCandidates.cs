using Dispatch.Domain.Geo;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// Routing's last step (DOMAIN.md §2): of the responsible department's officers, those on duty and free, holding
/// the required qualification and not already declined, nearest first; officers stationed in the incident's
/// township win ties. The ETA assumes urban driving speed.
/// </summary>
public static class DispatchCandidates
{
    /// <summary>About 30 km/h: county roads with junctions and parking.</summary>
    public const double TravelSpeedMetersPerSecond = 8.3;

    public static IReadOnlyList<Recommendation> Recommend(
        IEnumerable<CandidateOfficer> officers,
        string departmentId,
        string? qualification,
        GeoPoint incident,
        string? townshipId,
        IReadOnlyCollection<string> excluded,
        int max = 5) =>
        officers
            .Where(o => o.Status == OfficerStatus.Available && o.Position is not null)
            .Where(o => o.Profile.DepartmentId == departmentId)
            .Where(o => qualification is null || o.Profile.Qualifications.Contains(qualification))
            .Where(o => !excluded.Contains(o.Profile.Id))
            .Select(o => (Officer: o, Distance: GeoDistance.Meters(o.Position!.Value, incident)))
            // Distances within 50 m are a tie: a stationed officer knows the township.
            .OrderBy(x => Math.Round(x.Distance / 50))
            .ThenBy(x => x.Officer.Profile.TownshipId == townshipId ? 0 : 1)
            .ThenBy(x => x.Distance)
            .ThenBy(x => x.Officer.Profile.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(x => new Recommendation(x.Officer.Profile.Id, Math.Round(x.Distance, 1), (int)Math.Ceiling(x.Distance / TravelSpeedMetersPerSecond)))
            .ToList();
}
