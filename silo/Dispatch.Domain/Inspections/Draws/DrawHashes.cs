using System.Security.Cryptography;
using System.Text;
using Dispatch.Domain.Common;

namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// The hashes of a draw, spelled out so that anyone can recompute them without this code. All hashes are SHA-256, written
/// as lower-case hex; all text is UTF-8; all sorting is ordinal (byte order), never culture-dependent.
/// </summary>
public static class DrawHashes
{
    public const int SeedBytes = 32;

    /// <summary>A fresh seed: 32 bytes from the operating system's cryptographic generator, as 64 hex characters.</summary>
    public static string NewSeed() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SeedBytes));

    /// <summary>The 32 bytes of a seed, or null when it is not 64 hex characters.</summary>
    public static byte[]? SeedBytesOf(string? seed)
    {
        if (seed is not { Length: SeedBytes * 2 } || !seed.All(char.IsAsciiHexDigit)) return null;
        return Convert.FromHexString(seed);
    }

    /// <summary>SHA-256 of the 32 seed bytes (not of the hex text): <c>echo -n SEED | xxd -r -p | sha256sum</c>.</summary>
    public static string Commitment(byte[] seed) => Convert.ToHexStringLower(SHA256.HashData(seed));

    /// <summary>SHA-256 of <see cref="CanonicalPool"/>.</summary>
    public static string PoolHash(IReadOnlyList<DrawInspector> pool) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalPool(pool))));

    /// <summary>
    /// The pool as compact JSON with no white space: entries by officer id, each
    /// <c>{"officerId":…,"departmentId":…,"kind":…,"qualifications":[…],"conflicts":[…]}</c> with its lists sorted and
    /// without repeats. Ids are checked to be ASCII letters, digits, '-', '_' or '.', so no character needs escaping and
    /// the text is the same in any language that writes JSON.
    /// </summary>
    public static string CanonicalPool(IReadOnlyList<DrawInspector> pool)
    {
        var text = new StringBuilder("[");
        foreach (var i in pool.OrderBy(i => i.OfficerId, StringComparer.Ordinal))
        {
            if (text.Length > 1) text.Append(',');
            text.Append($"{{\"officerId\":\"{i.OfficerId}\",\"departmentId\":\"{i.DepartmentId}\",\"kind\":\"{WireNames.Of(i.Kind)}\"");
            text.Append($",\"qualifications\":{List(i.Qualifications)},\"conflicts\":{List(i.Conflicts)}}}");
        }
        return text.Append(']').ToString();

        static string List(IEnumerable<string> items) => "[" + string.Join(",", Sorted(items).Select(s => $"\"{s}\"")) + "]";
    }

    /// <summary>
    /// The rank of an officer for a task: SHA-256(seed bytes ‖ UTF-8 task id ‖ 0x00 ‖ UTF-8 officer id). The zero byte keeps
    /// ("ab","c") and ("a","bc") apart; ids never contain it. Lower ranks are drawn first.
    /// </summary>
    public static string RankKey(byte[] seed, string taskId, string officerId)
    {
        var task = Encoding.UTF8.GetBytes(taskId);
        var officer = Encoding.UTF8.GetBytes(officerId);
        var data = new byte[seed.Length + task.Length + 1 + officer.Length];
        seed.CopyTo(data, 0);
        task.CopyTo(data, seed.Length);
        officer.CopyTo(data, seed.Length + task.Length + 1);
        return Convert.ToHexStringLower(SHA256.HashData(data));
    }

    internal static IReadOnlyList<string> Sorted(IEnumerable<string> items) => items.Distinct().Order(StringComparer.Ordinal).ToList();
}
