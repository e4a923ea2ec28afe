namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// The draw's ranking (DOMAIN.md §4 rule 9): a candidate's place depends only on the seed and its credit code, so anyone
/// holding the seed and the pool re-runs the draw and gets the same enterprises. FNV-1a over the code, mixed with the seed
/// by SplitMix64's finaliser: stable across processes and .NET versions, unlike <see cref="string.GetHashCode()"/>.
/// </summary>
public static class SampleDraw
{
    public static ulong Rank(ulong seed, string creditCode)
    {
        var h = 14695981039346656037UL;
        foreach (var c in creditCode) h = (h ^ c) * 1099511628211UL;
        return Mix(h ^ Mix(seed));
    }

    /// <summary>How many of a pool a ratio calls for: rounded up, so a small pool with a non-zero ratio is never skipped.</summary>
    public static int SampleSize(double ratio, int poolSize) =>
        ratio <= 0 || poolSize == 0 ? 0 : Math.Min(poolSize, (int)Math.Ceiling(ratio * poolSize - 1e-9));

    /// <summary>SHA-256 over the pool's credit codes in ordinal order, one per line: the same pool hashes the same whatever order it came in.</summary>
    public static string PoolHash(IEnumerable<string> creditCodes) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', creditCodes.Order(StringComparer.Ordinal)))));

    internal static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
