using Dispatch.Domain.Access;
using Dispatch.Domain.Geo;
using Dispatch.Domain.Hotline;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts;
using Dispatch.Grains.Contracts.Hotline;

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
}
