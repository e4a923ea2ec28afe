namespace Dispatch.Domain.Common;

/// <summary>
/// Bounds on everything a user may send about an incident. A request beyond them is refused whole (400) and changes
/// nothing; docs/contract.md lists them.
/// </summary>
public static class InputLimits
{
    /// <summary>A description, result, reason or comment: a long paragraph, not a document.</summary>
    public const int Text = 1000;
    /// <summary>Ids of officers, townships, grids, categories, evidence and incidents.</summary>
    public const int Id = 64;
    /// <summary>Photos named by one action (handle).</summary>
    public const int EvidenceIdsPerAction = 10;
    /// <summary>Photos kept for one incident.</summary>
    public const int EvidencePerIncident = 20;
    public const int IdempotencyKey = 100;

    /// <summary>A value a refusal message repeats back: cut at <see cref="Id"/> characters, so a huge input never makes a huge answer.</summary>
    public static string Quote(string? s) => s is null ? "（空）" : s.Length > Id ? s[..Id] + "…" : s;

    public static bool IsId(string? s) => s is { Length: > 0 and <= Id } && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
