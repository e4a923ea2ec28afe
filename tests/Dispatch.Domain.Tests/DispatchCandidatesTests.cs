using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Officers;

namespace Dispatch.Domain.Tests;

public class DispatchCandidatesTests
{
    static readonly GeoPoint Scene = new(28.45, 119.92);

    static CandidateOfficer Officer(string id, double metresEast, OfficerStatus status = OfficerStatus.Available,
        string dept = "zhzf", string township = "T02", string[]? quals = null) =>
        new(new OfficerProfile(id, "C" + id, id, dept, township, "Z1", quals ?? ["zhzf.1"]), status, GeoDistance.Offset(Scene, metresEast, 90));

    [Fact]
    public void The_nearest_free_qualified_officer_of_the_department_comes_first()
    {
        var officers = new[]
        {
            Officer("far", 3000),
            Officer("near", 500),
            Officer("busy", 100, OfficerStatus.Assigned),
            Officer("offduty", 50, OfficerStatus.OffDuty),
            Officer("market", 80, dept: "scjg"),
            Officer("unqualified", 120, quals: ["zhzf.2"]),
        };
        var result = DispatchCandidates.Recommend(officers, "zhzf", "zhzf.1", Scene, "T01", []);
        Assert.Equal(["near", "far"], result.Select(r => r.OfficerId));
        Assert.InRange(result[0].DistanceMeters, 499, 501);
        Assert.Equal((int)Math.Ceiling(result[0].DistanceMeters / DispatchCandidates.TravelSpeedMetersPerSecond), result[0].EtaSeconds);
    }

    [Fact]
    public void Among_officers_at_about_the_same_distance_the_one_stationed_in_the_township_wins()
    {
        var officers = new[] { Officer("visitor", 400), Officer("local", 420, township: "T01") };
        Assert.Equal("local", DispatchCandidates.Recommend(officers, "zhzf", null, Scene, "T01", [])[0].OfficerId);
    }

    [Fact]
    public void An_officer_who_declined_is_not_offered_again()
    {
        var officers = new[] { Officer("declined", 100), Officer("next", 900) };
        Assert.Equal(["next"], DispatchCandidates.Recommend(officers, "zhzf", null, Scene, "T01", ["declined"]).Select(r => r.OfficerId));
    }

    [Fact]
    public void An_officer_without_a_known_position_is_not_recommended() =>
        Assert.Empty(DispatchCandidates.Recommend([Officer("a", 10) with { Position = null }], "zhzf", null, Scene, "T01", []));
}
