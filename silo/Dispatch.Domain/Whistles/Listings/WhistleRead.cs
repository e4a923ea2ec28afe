namespace Dispatch.Domain.Whistles.Listings;

/// <summary>Which sets of the whistle list to read, and the creation time every whistle sought lies before (if any).</summary>
public sealed record WhistleRead(IReadOnlyList<string> Sets, DateTimeOffset? CreatedBefore);
