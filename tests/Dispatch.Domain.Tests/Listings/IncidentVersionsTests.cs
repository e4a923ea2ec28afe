using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Tests.Listings;

public class IncidentVersionsTests
{
    static readonly DateTimeOffset T = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    static IncidentRecord At(DateTimeOffset updated) => new()
    {
        Id = "Z1-20261207-0001", Category = "littering", Description = "路边乱扔垃圾", Location = new Dispatch.Domain.Geo.GeoPoint(28.45, 119.92),
        ZoneId = "Z1", DepartmentId = "zhzf", ReportedBy = "grid", CreatedAt = T, UpdatedAt = updated,
    };

    [Fact]
    public void A_change_stamped_later_keeps_its_time()
    {
        Assert.Equal(T.AddSeconds(5), IncidentVersions.After(At(T), At(T.AddSeconds(5))).UpdatedAt);
    }

    [Fact]
    public void A_change_stamped_earlier_or_at_the_same_moment_moves_one_tick_past_the_record_it_changes()
    {
        // A photo the gateway received before an action that landed first, or a silo whose clock is behind.
        Assert.Equal(T.AddTicks(1), IncidentVersions.After(At(T), At(T.AddSeconds(-3))).UpdatedAt);
        Assert.Equal(T.AddTicks(1), IncidentVersions.After(At(T), At(T)).UpdatedAt);
    }
}
