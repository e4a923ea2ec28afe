using System.Security.Cryptography;

namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// The inspection code (亮码) an enterprise scans: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// 60 random bits, so a code cannot be guessed to read another enterprise's visit from the public page.
/// </summary>
public static class InspectionCode
{
    public const int Length = 12;
    const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => new(Enumerable.Range(0, Length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(c => Alphabet.Contains(c));
}
