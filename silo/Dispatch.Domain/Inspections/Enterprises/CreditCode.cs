namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0–9 and the capitals without
/// I, O, Z, S and V; the last is a check character over the first 17, weighted by 3^i mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static bool IsValid(string? code) => code is { Length: Length } && code.All(c => Alphabet.Contains(c)) && CheckCharacter(code[..17]) == code[17];

    /// <summary>The check character the first 17 characters call for.</summary>
    public static char CheckCharacter(string first17)
    {
        if (first17.Length != Length - 1) throw new ArgumentException("17 characters expected", nameof(first17));
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            var value = Alphabet.IndexOf(c);
            if (value < 0) throw new ArgumentException($"'{c}' is not a credit code character", nameof(first17));
            sum += value * weight;
            weight = weight * 3 % 31;
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
