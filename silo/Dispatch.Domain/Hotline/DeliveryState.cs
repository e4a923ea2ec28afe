namespace Dispatch.Domain.Hotline;

public enum DeliveryState
{
    /// <summary>Not yet accepted by the hotline system; another attempt is scheduled.</summary>
    Pending,
    Delivered,
    /// <summary>Every attempt failed (or no webhook is configured): a dead letter, listed in the console.</summary>
    Failed,
}
