namespace Dispatch.Grains.Contracts.Incidents;

/// <summary>
/// One idempotency key of intake (key: <c>{zoneId}/{username}:{key}</c>): the incident its first report made, for
/// 24 hours. A grain per key keeps the zone desk's state from growing with the day's reports; the desk asks it
/// during intake, which is serial per zone, so two retries cannot both pass.
/// </summary>
public interface IIntakeKeyGrain : IGrainWithStringKey
{
    Task<IntakeKeySeen?> Seen();
    Task Remember(IntakeKeySeen seen);
}

[GenerateSerializer]
public sealed record IntakeKeySeen([property: Id(0)] string IncidentId, [property: Id(1)] bool Merged, [property: Id(2)] DateTimeOffset At);
