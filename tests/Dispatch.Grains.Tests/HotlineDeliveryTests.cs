using Dispatch.Domain.Access;
using Dispatch.Domain.Common;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts.Hotline;
using Dispatch.Grains.Contracts.Incidents;
using Dispatch.Grains.Hotline;

namespace Dispatch.Grains.Tests;

/// <summary>
/// A result on its way back to the 12345 system survives its grain going away: the retry is in grain state and the
/// reminder wakes the grain to send it. Takes about a minute (the reminder's period).
/// </summary>
[Collection(ClusterCollection.Name)]
public class HotlineDeliveryTests(ClusterFixture fixture)
{
    static readonly GeoPoint T10 = ClusterFixture.County.TownshipShape("T10").Centroid;

    [Fact]
    public async Task A_pending_delivery_is_sent_by_the_reminder_after_the_ticket_grain_was_deactivated()
    {
        var ticketId = "DURABLE-" + Guid.NewGuid().ToString("N")[..8];
        var ticket = HotlineTicketCheck.Of(ticketId, "非法营运", "车站门口黑车拉客", null, T10.Lat, T10.Lon, "7d", "张先生", "13700000000",
            fixture.Clock.GetUtcNow()).Ticket!;
        var answer = (await fixture.Grains.GetGrain<IHotlineTicketGrain>(ticketId).Submit(ticket)).Answer;

        var dispatcher = new Actor(new Scope(Role.ZoneDispatcher, "d3", ["Z3"]), "片区值班员");
        await fixture.Grains.GetGrain<IIncidentGrain>(answer.IncidentId!).Act(IncidentAction.Reject, dispatcher, new ActionInput(Reason: "已由交警处理"));
        await Eventually.True(() => fixture.Webhook.Answers.Count == 1, "the first attempt, answered 500");
        var desk = fixture.Grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key);
        Assert.Equal(DeliveryState.Pending, (await desk.Deliveries()).Single(d => d.TicketId == ticketId).State);

        // The retry timer goes with the activation; only the state and the reminder are left.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        fixture.Clock.Advance(ClusterFixture.HotlineFirstRetry + TimeSpan.FromSeconds(1));

        await Eventually.True(() => fixture.Webhook.Answers.Count == 2, "the retry sent by the reminder", timeoutMs: 150_000);
        Assert.Equal([500, 204], fixture.Webhook.Answers);
        await Eventually.Value(desk.Deliveries, l => l.Single(d => d.TicketId == ticketId).State == DeliveryState.Delivered, "delivered in the desk's list");
    }

    [Fact]
    public async Task The_hotline_desk_keeps_only_the_newest_delivered_results_and_every_pending_and_failed_one()
    {
        var desk = fixture.Grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key);
        var run = Guid.NewGuid().ToString("N")[..6];
        var at = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero); // older than any other test's results
        HotlineDelivery Result(DeliveryState state, int minute) =>
            new(new HotlineResult($"CAP-{run}-{state}-{minute}", "INC-CAP", "closed", "已处置", at), state, 1, null, null, at.AddMinutes(minute));

        await desk.Delivery(Result(DeliveryState.Failed, 0));
        await desk.Delivery(Result(DeliveryState.Pending, 0));
        for (var i = 1; i <= 130; i++) await desk.Delivery(Result(DeliveryState.Delivered, i));
        var after130 = await desk.StateSize();
        for (var i = 131; i <= 180; i++) await desk.Delivery(Result(DeliveryState.Delivered, i));

        var list = await desk.Deliveries();
        Assert.Equal(HotlineDeskGrain.DeliveredKept, list.Count(d => d.State == DeliveryState.Delivered));
        // The dead letter and the pending result stay, though older than every delivered one.
        Assert.Contains(list, d => d.TicketId == $"CAP-{run}-Failed-0");
        Assert.Contains(list, d => d.TicketId == $"CAP-{run}-Pending-0");
        var mine = list.Where(d => d.TicketId.StartsWith($"CAP-{run}-Delivered-", StringComparison.Ordinal))
            .Select(d => int.Parse(d.TicketId.Split('-')[^1])).Order().ToList();
        Assert.Equal(Enumerable.Range(181 - mine.Count, mine.Count), mine); // the newest of them
        // Fifty more results delivered, and the desk's state did not grow.
        Assert.InRange(await desk.StateSize(), 0, after130 + after130 / 20);
    }

    [Fact]
    public async Task The_hotline_desk_keeps_only_the_newest_dead_letters()
    {
        var desk = fixture.Grains.GetGrain<IHotlineDeskGrain>(IHotlineDeskGrain.Key);
        var run = Guid.NewGuid().ToString("N")[..6];
        var at = new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero); // older than the other tests' dead letters, so these go first
        for (var i = 1; i <= HotlineDeskGrain.DeadLettersKept + 30; i++)
            await desk.Delivery(new(new HotlineResult($"DL-{run}-{i}", "INC-DL", "closed", "已处置", at), DeliveryState.Failed, 5, null,
                "未配置回传地址", at.AddMinutes(i)));

        var list = await desk.Deliveries();
        Assert.Equal(HotlineDeskGrain.DeadLettersKept, list.Count(d => d.State == DeliveryState.Failed));
        var mine = list.Where(d => d.TicketId.StartsWith($"DL-{run}-", StringComparison.Ordinal))
            .Select(d => int.Parse(d.TicketId.Split('-')[^1])).Order().ToList();
        Assert.NotEmpty(mine);
        Assert.Equal(Enumerable.Range(HotlineDeskGrain.DeadLettersKept + 31 - mine.Count, mine.Count), mine); // the newest of them
    }
}
