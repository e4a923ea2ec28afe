using System.Collections.Concurrent;
using Dispatch.Domain.Incidents;
using Dispatch.Grains.Contracts.Push;

namespace Dispatch.Grains.Tests;

/// <summary>Stands where consoles and devices stand: records what incidents push.</summary>
public sealed class RecordingIncidentPush : IIncidentPush
{
    public ConcurrentQueue<IncidentRecord> Changes { get; } = new();
    public ConcurrentQueue<(IncidentRecord Incident, Escalation Escalation)> Escalations { get; } = new();
    public ConcurrentQueue<(string OfficerId, AssignmentOffer Offer)> Offers { get; } = new();
    public ConcurrentQueue<(string OfficerId, string IncidentId)> Withdrawals { get; } = new();

    public Task IncidentChanged(IncidentRecord incident) { Changes.Enqueue(incident); return Task.CompletedTask; }
    public Task IncidentEscalated(IncidentRecord incident, Escalation escalation) { Escalations.Enqueue((incident, escalation)); return Task.CompletedTask; }
    public Task AssignmentOffered(string officerId, AssignmentOffer offer) { Offers.Enqueue((officerId, offer)); return Task.CompletedTask; }
    public Task AssignmentWithdrawn(string officerId, string incidentId, string reason) { Withdrawals.Enqueue((officerId, incidentId)); return Task.CompletedTask; }
    public ConcurrentQueue<IncidentRecord> Awaiting { get; } = new();
    public Task IncidentAwaitingOfficer(IncidentRecord incident) { Awaiting.Enqueue(incident); return Task.CompletedTask; }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
