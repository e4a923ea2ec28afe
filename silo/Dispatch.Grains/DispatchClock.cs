namespace Dispatch.Grains;

/// <summary>
/// The clock incident deadlines run on. A TimeProvider of its own type, so tests can run it forward without
/// moving the clock Orleans itself runs on (membership, timers and reminders).
/// </summary>
public sealed class DispatchClock(TimeProvider source) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => source.GetUtcNow();
    public override TimeZoneInfo LocalTimeZone => source.LocalTimeZone;
}
