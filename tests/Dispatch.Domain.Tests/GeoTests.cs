using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Tests;

public class GeoTests
{
    [Fact]
    public void Distance_between_two_known_points_is_right_within_half_a_percent()
    {
        // Hangzhou West Lake to Lishui city centre: about 201 km by great circle.
        var d = GeoDistance.Meters(new GeoPoint(30.2467, 120.1485), new GeoPoint(28.4517, 119.9220));
        Assert.InRange(d, 200_000, 201_500);
    }

    [Fact]
    public void Offset_then_distance_round_trips()
    {
        var a = new GeoPoint(28.45, 119.92);
        var b = GeoDistance.Offset(a, 1234, 77);
        Assert.InRange(GeoDistance.Meters(a, b), 1233, 1235);
    }

    [Fact]
    public void A_concave_polygon_contains_its_inside_and_not_its_notch()
    {
        // A "U" shape: the notch between the arms is outside.
        var u = new GeoPolygon([new(0, 0), new(0, 3), new(3, 3), new(3, 2), new(1, 2), new(1, 1), new(3, 1), new(3, 0)]);
        Assert.True(u.Contains(new GeoPoint(0.5, 1.5)));
        Assert.True(u.Contains(new GeoPoint(2, 2.5)));
        Assert.False(u.Contains(new GeoPoint(2, 1.5)));
        Assert.False(u.Contains(new GeoPoint(5, 5)));
    }
}
