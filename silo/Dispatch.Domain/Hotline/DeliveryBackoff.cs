namespace Dispatch.Domain.Hotline;

/// <summary>
/// Exponential backoff for webhook deliveries: the first retry after <see cref="FirstDelay"/>, each next one twice as
/// late, never later than <see cref="MaxDelay"/>; after <see cref="MaxAttempts"/> attempts the result is a dead letter.
/// </summary>
public sealed record DeliveryBackoff
{
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; init; } = 8;

    /// <summary>How long to wait after the given number of failed attempts (1 → FirstDelay, 2 → twice that, ...).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay < FirstDelay ? FirstDelay : delay;
    }
}
