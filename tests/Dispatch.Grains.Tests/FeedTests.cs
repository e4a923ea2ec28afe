using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts.Officers;

namespace Dispatch.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class FeedTests(ClusterFixture fixture)
{
    RecordingFeed Feed => fixture.Feed;

    [Fact]
    public async Task Fixes_reach_the_console_feed_coalesced_to_the_newest_per_officer()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0030");
        await officer.SetOnDuty(true, ReportSource.Device);
        var start = DateTimeOffset.UtcNow.AddSeconds(-10);
        for (var i = 0; i < 5; i++)
            await officer.ReportPosition(new PositionReport(28.41 + i * 0.0001, 119.84, 5, start.AddSeconds(i * 2)), ReportSource.Device);

        await Eventually.True(() => Feed.Moves.Any(m => m.OfficerId == "O0030" && Math.Abs(m.Lat - 28.4104) < 1e-9),
            () => "the newest fix to reach the feed; got " + string.Join(", ", Feed.Moves.Where(m => m.OfficerId == "O0030").Select(m => m.Lat)));
        Assert.All(Feed.Batches, b => Assert.Equal(b.Moves.Count, b.Moves.Select(m => m.OfficerId).Distinct().Count()));
        var mine = Feed.Moves.Where(m => m.OfficerId == "O0030").ToList();
        Assert.Equal(mine.OrderBy(m => m.Time), mine); // never an older fix after a newer one
        Assert.All(Feed.Batches.Where(b => b.Moves.Any(m => m.OfficerId == "O0030")), b => Assert.Equal("Z1", b.ZoneId));
    }

    [Fact]
    public async Task A_status_change_reaches_the_feed_with_the_officers_department_and_township()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0031");
        await officer.SetOnDuty(true, ReportSource.Device);
        await Eventually.True(() => Feed.Batches.SelectMany(b => b.StatusChanges)
            .Any(c => c is { OfficerId: "O0031", Status: OfficerStatus.Available, TownshipId: "T02" }), "officerStatusChanged for O0031");
    }

    [Fact]
    public async Task A_failing_publish_never_fails_the_fix_and_the_feed_recovers()
    {
        var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0032");
        await officer.SetOnDuty(true, ReportSource.Device);
        Feed.Broken = true;
        try
        {
            var during = await officer.ReportPosition(new PositionReport(28.42, 119.85, 5, DateTimeOffset.UtcNow.AddSeconds(-5)), ReportSource.Device);
            Assert.True(during.Accepted);
            // The zone table still follows while consoles cannot be reached.
            await Eventually.Value(fixture.Grains.GetGrain<IZoneGrain>("Z1").GetOfficers,
                t => t.Single(l => l.OfficerId == "O0032").Position?.Lat == 28.42, "the zone table to follow without the feed");
        }
        finally
        {
            Feed.Broken = false;
        }
        var after = await officer.ReportPosition(new PositionReport(28.4201, 119.85, 5, DateTimeOffset.UtcNow), ReportSource.Device);
        Assert.True(after.Accepted);
        await Eventually.True(() => Feed.Moves.Any(m => m is { OfficerId: "O0032", Lat: 28.4201 }), "the next fix to reach the feed");
    }
}
