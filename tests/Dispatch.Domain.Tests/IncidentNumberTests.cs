using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests;

public class IncidentNumberTests
{
    [Fact]
    public void A_desk_numbers_its_incidents_from_one_each_day_in_china_time()
    {
        var first = IncidentNumber.Next(null, new DateTimeOffset(2025, 3, 14, 15, 59, 0, TimeSpan.Zero)); // 23:59 in Beijing
        var second = IncidentNumber.Next(first, new DateTimeOffset(2025, 3, 14, 15, 59, 30, TimeSpan.Zero));
        var nextDay = IncidentNumber.Next(second, new DateTimeOffset(2025, 3, 14, 16, 0, 0, TimeSpan.Zero)); // 00:00 in Beijing

        Assert.Equal("Z1-20250314-0001", first.IdIn("Z1"));
        Assert.Equal("Z1-20250314-0002", second.IdIn("Z1"));
        Assert.Equal("Z1-20250315-0001", nextDay.IdIn("Z1"));
    }
}
