namespace Dispatch.Domain.Officers;

public readonly record struct FixVerdict(FixOutcome Outcome, string? Error = null)
{
    public static readonly FixVerdict Accepted = new(FixOutcome.Accepted);
    public static FixVerdict Reject(string error) => new(FixOutcome.Rejected, error);
}
