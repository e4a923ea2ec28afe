using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Common;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class OfficerGrainTests(ClusterFixture fixture)
{
    static PositionReport Fix(double lat, double lon, DateTimeOffset? at = null) => new(lat, lon, 8, at ?? DateTimeOffset.UtcNow);

    [Fact]
    public async Task Going_on_duty_survives_the_grain_being_deactivated()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0010");
        Assert.Equal(OfficerStatus.Available, await officer.SetOnDuty(true, ReportSource.Device));

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        Assert.Equal(OfficerStatus.Available, (await officer.GetLive()).Status);
    }

    [Fact]
    public async Task An_accepted_fix_becomes_the_officers_position()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0011");
        await officer.SetOnDuty(true, ReportSource.Device);
        var result = await officer.ReportPosition(Fix(28.41, 119.84), ReportSource.Device);
        Assert.True(result.Accepted);
        var live = await officer.GetLive();
        Assert.Equal(28.41, live.Position!.Lat);
        Assert.Equal(119.84, live.Position.Lon);
    }

    [Fact]
    public async Task A_malformed_fix_is_refused_and_changes_nothing()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0012");
        await officer.SetOnDuty(true, ReportSource.Device);
        await officer.ReportPosition(Fix(28.41, 119.84), ReportSource.Device);

        var e = await Assert.ThrowsAsync<InvalidRequestException>(() => officer.ReportPosition(Fix(128.0, 119.84), ReportSource.Device));
        Assert.Contains("纬度", e.Message);
        await Assert.ThrowsAsync<InvalidRequestException>(() => officer.ReportPosition(Fix(28.41, 119.84, DateTimeOffset.UtcNow.AddHours(1)), ReportSource.Device));

        Assert.Equal(28.41, (await officer.GetLive()).Position!.Lat);
    }

    [Fact]
    public async Task An_out_of_order_fix_is_ignored_quietly()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0013");
        await officer.SetOnDuty(true, ReportSource.Device);
        var now = DateTimeOffset.UtcNow;
        await officer.ReportPosition(Fix(28.41, 119.84, now), ReportSource.Device);
        var late = await officer.ReportPosition(Fix(28.42, 119.85, now.AddSeconds(-30)), ReportSource.Device);
        Assert.Equal(new ReportResult(false, FixOutcome.IgnoredOutOfOrder), late);
        Assert.Equal(28.41, (await officer.GetLive()).Position!.Lat);
    }

    [Fact]
    public async Task An_unknown_officer_is_refused()
    {
        var ghost = fixture.Grains.GetGrain<IOfficerGrain>("O9999");
        await Assert.ThrowsAsync<InvalidRequestException>(() => ghost.SetOnDuty(true, ReportSource.Device));
    }

    [Fact]
    public async Task The_simulator_leaves_an_officer_with_a_live_device_alone()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0014");
        await officer.SetOnDuty(true, ReportSource.Device);
        var now = DateTimeOffset.UtcNow;
        await officer.ReportPosition(Fix(28.41, 119.84, now.AddSeconds(-5)), ReportSource.Device);

        var simulated = await officer.ReportPosition(Fix(28.40, 119.83, now), ReportSource.Simulator);
        Assert.False(simulated.Accepted);
        Assert.Equal(OfficerStatus.Available, await officer.SetOnDuty(false, ReportSource.Simulator));
        Assert.Equal(28.41, (await officer.GetLive()).Position!.Lat);
    }

    [Fact]
    public async Task The_zone_table_follows_fixes_and_status_changes()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0015"); // T01, zone Z1
        await officer.SetOnDuty(true, ReportSource.Device);
        await officer.ReportPosition(Fix(28.4123, 119.8456), ReportSource.Device);

        var zone = fixture.Grains.GetGrain<IZoneGrain>("Z1");
        var table = await Eventually.Value(zone.GetOfficers,
            t => t.Single(l => l.OfficerId == "O0015") is { Status: OfficerStatus.Available, Position.Lat: 28.4123 },
            "zone Z1 to show O0015 available at the new position");
        Assert.Equal(ClusterFixture.County.OfficersInZone("Z1").Count, table.Count);
    }
}
