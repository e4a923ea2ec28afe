using Dispatch.Domain.Access;
using Dispatch.Domain.County;

namespace Dispatch.Domain.Incidents;

/// <summary>
/// Where dispatch looks for officers: the incident's own zone first, then the whole county (every zone and the
/// county-level officers) only when its zone has nobody free. A user is shown only officers its scope covers; the
/// system (auto-dispatch) searches everywhere.
/// </summary>
public static class CandidateSearch
{
    public static IReadOnlyList<IReadOnlyList<string>> Tiers(IncidentRecord r, CountyDirectory county) =>
        [[r.ZoneId], [.. county.Data.Zones.Select(z => z.Id).Append(ZoneKeys.CountyLevel).Distinct()]];

    public static bool Shows(Scope? viewer, OfficerProfile officer) => viewer is null || viewer.CanSeeOfficer(officer);
}
