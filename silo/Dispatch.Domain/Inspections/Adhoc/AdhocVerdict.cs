namespace Dispatch.Domain.Inspections.Adhoc;

/// <summary>Whether an out-of-plan check may go ahead; if not, it waits for a later plan and may not be done alone.</summary>
public sealed record AdhocVerdict(bool Allowed, string? Reason, bool QueueForLaterPlan)
{
    public static readonly AdhocVerdict Allow = new(true, null, false);
    public static AdhocVerdict Refuse(string reason) => new(false, reason, true);
}
