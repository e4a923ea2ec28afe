namespace Dispatch.Domain.Common.Listings;

/// <summary>
/// Where an item sits in a list: <c>{createdAt as 13-digit unix ms}|{id}</c>. Compared as ordinal strings this orders by
/// creation time, then id, so every list has one total order that never changes (createdAt is fixed at intake): a
/// cursor taken from it stays valid while new items arrive, and no item is seen twice or skipped.
/// </summary>
public static class ListMember
{
    public static string Of(DateTimeOffset createdAt, string id) => $"{Ms(createdAt):D13}|{id}";

    /// <summary>The lowest member at or after this instant (for a `from` bound, inclusive).</summary>
    public static string AtOrAfter(DateTimeOffset at) => $"{Ms(at):D13}|";

    /// <summary>The lowest member of this instant: every member before it is earlier (for a `to` bound, exclusive).</summary>
    public static string Before(DateTimeOffset at) => $"{Ms(at):D13}|";

    public static string IdOf(string member) => member[(member.IndexOf('|') + 1)..];

    static long Ms(DateTimeOffset at) => Math.Max(0, at.ToUnixTimeMilliseconds());
}
