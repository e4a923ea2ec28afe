namespace Dispatch.Domain.Inspections.Draws;

/// <summary>What re-running a draw found (public contract: <c>{"match","details"}</c>); details in Chinese.</summary>
public sealed record DrawVerdict(bool Match, string Details);
