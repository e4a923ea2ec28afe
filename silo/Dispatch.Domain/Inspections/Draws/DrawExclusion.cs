namespace Dispatch.Domain.Inspections.Draws;

/// <summary>A directory entry left out of the pool before it was frozen, and why (Chinese).</summary>
public sealed record DrawExclusion(string OfficerId, string Reason);
