using Dispatch.Domain.County;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Simulation;

namespace Dispatch.Domain.Tests;

public class PatrolWalkTests
{
    [Fact]
    public void A_patrol_stays_in_its_township_and_moves_at_its_speed()
    {
        var county = new CountyDirectory(DemoCounty.Generate(null));
        var area = county.TownshipShape("T05");
        var walk = new PatrolWalk(area, seed: 3);
        var previous = walk.Position;
        var inside = 0;
        for (var i = 0; i < 500; i++)
        {
            var next = walk.Advance(TimeSpan.FromSeconds(5));
            if (area.Contains(next)) inside++;
            Assert.True(GeoDistance.Meters(previous, next) <= walk.SpeedMetersPerSecond * 5 + 0.5);
            previous = next;
        }
        // Straight legs between inside points may clip a concave corner of the outline, rarely.
        Assert.True(inside >= 490, $"only {inside} of 500 steps inside the township");
    }
}
