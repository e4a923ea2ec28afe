using Dispatch.Domain.Officers;
using Dispatch.Grains.Contracts;

namespace Dispatch.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class FeedTests(ClusterFixture fixture)
{
    IGatewayRegistryGrain Registry => fixture.Grains.GetGrain<IGatewayRegistryGrain>(0);

    /// <summary>
    /// Registers a relay and waits until the silo's cached gateway list includes it, by nudging a probe officer
    /// until a batch arrives: otherwise the first batches could still go to a relay an earlier test left.
    /// </summary>
    async Task Register(string gatewayId, RecordingRelay relay)
    {
        await Registry.Register(gatewayId, fixture.Grains.CreateObjectReference<IPushRelay>(relay));
        var probe = fixture.Grains.GetGrain<IOfficerGrain>("O0299");
        var onDuty = false;
        await Eventually.Value(async () =>
        {
            onDuty = !onDuty;
            await probe.SetOnDuty(onDuty, ReportSource.Device);
            await Task.Delay(100);
            return relay.Calls;
        }, calls => calls > 0, $"relay {gatewayId} to be in use");
        await Eventually.True(() => relay.Batches.Any(b => b.StatusChanges.Any(c => c.OfficerId == "O0299")) || relay.Calls > 0 && gatewayId.Contains("broken"),
            $"relay {gatewayId} to receive the probe");
        relay.Batches.Clear();
    }

    [Fact]
    public async Task Fixes_reach_a_gateway_relay_coalesced_to_the_newest_per_officer()
    {
        var relay = new RecordingRelay();
        await Register("test-coalesce", relay);
        try
        {
            var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0030");
            await officer.SetOnDuty(true, ReportSource.Device);
            var start = DateTimeOffset.UtcNow.AddSeconds(-10);
            for (var i = 0; i < 5; i++)
                await officer.ReportPosition(new PositionReport(28.41 + i * 0.0001, 119.84, 5, start.AddSeconds(i * 2)), ReportSource.Device);

            await Eventually.True(() => relay.Moves.Any(m => m.OfficerId == "O0030" && Math.Abs(m.Lat - 28.4104) < 1e-9),
                () => "the newest fix to reach the relay; got " + string.Join(", ", relay.Batches.Select(b => $"{b.ZoneId}:{string.Join("/", b.Moves.Select(m => $"{m.OfficerId}@{m.Lat}"))}")));
            Assert.All(relay.Batches, b => Assert.Equal(b.Moves.Count, b.Moves.Select(m => m.OfficerId).Distinct().Count()));
            var mine = relay.Moves.Where(m => m.OfficerId == "O0030").ToList();
            Assert.Equal(mine.OrderBy(m => m.Time), mine); // never an older fix after a newer one
            Assert.All(mine, m => Assert.Equal("Z1", relay.Batches.First(b => b.Moves.Contains(m)).ZoneId));
        }
        finally
        {
            await Registry.Unregister("test-coalesce");
        }
    }

    [Fact]
    public async Task A_status_change_reaches_the_relay()
    {
        var relay = new RecordingRelay();
        await Register("test-status", relay);
        try
        {
            var officer = fixture.Grains.GetGrain<IOfficerGrain>("O0031");
            await officer.SetOnDuty(true, ReportSource.Device);
            await Eventually.True(() => relay.Batches.SelectMany(b => b.StatusChanges)
                .Any(c => c is { OfficerId: "O0031", Status: OfficerStatus.Available }), "officerStatusChanged for O0031");
        }
        finally
        {
            await Registry.Unregister("test-status");
        }
    }

    [Fact]
    public async Task A_broken_gateway_is_skipped_and_the_next_one_takes_the_batch()
    {
        // Gateways are tried in a zone-dependent order; with officers in all three zones at least one
        // zone's batch is offered to the broken gateway first.
        var broken = new RecordingRelay(broken: true);
        var good = new RecordingRelay();
        await Register("a-broken", broken);
        await Register("b-good", good);
        try
        {
            var officers = new[] { "O0040", "O0140", "O0240" }; // zones Z1, Z2, Z3
            foreach (var id in officers)
            {
                var officer = fixture.Grains.GetGrain<IOfficerGrain>(id);
                await officer.SetOnDuty(true, ReportSource.Device);
                await officer.ReportPosition(new PositionReport(28.45, 119.92, 5, DateTimeOffset.UtcNow), ReportSource.Device);
            }
            await Eventually.True(() => officers.All(id => good.Moves.Any(m => m.OfficerId == id)), "every zone's batch at the good gateway");
            Assert.True(broken.Calls > 0, "the broken gateway was never offered a batch, so the test proved nothing");
            Assert.Empty(broken.Batches);
        }
        finally
        {
            await Registry.Unregister("a-broken");
            await Registry.Unregister("b-good");
        }
    }
}
