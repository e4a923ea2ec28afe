using Dispatch.Domain.Hotline;

namespace Dispatch.Grains.Hotline;

/// <summary>
/// Where and how results go back to the 12345 system (<c>Dispatch:Hotline</c>; the silo sends them). Without a
/// webhook URL a result cannot be delivered and becomes a dead letter at once.
/// </summary>
public sealed class HotlineSettings
{
    public string? WebhookUrl { get; set; }
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 8;

    public DeliveryBackoff Backoff => new() { FirstDelay = FirstRetryDelay, MaxDelay = MaxRetryDelay, MaxAttempts = Math.Max(1, MaxAttempts) };
}
