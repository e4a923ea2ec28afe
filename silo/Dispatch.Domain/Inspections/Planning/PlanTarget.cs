using Dispatch.Domain.Inspections.Enterprises;

namespace Dispatch.Domain.Inspections.Planning;

/// <summary>
/// Whom a plan item checks: either named enterprises (credit codes), all of them, or a sample of the directory drawn per
/// credit grade (双随机). In a sample, key-list enterprises are not drawn: they are all checked (DOMAIN.md §4 rule 5).
/// </summary>
public sealed record PlanTarget
{
    public IReadOnlyList<string>? CreditCodes { get; init; }
    public IReadOnlyDictionary<CreditGrade, double>? RatioByGrade { get; init; }

    public bool IsSample => RatioByGrade is not null;

    public static PlanTarget Enterprises(params IReadOnlyList<string> creditCodes) => new() { CreditCodes = creditCodes };

    public static PlanTarget Sample(double a, double b, double c, double d) => new()
    {
        RatioByGrade = new Dictionary<CreditGrade, double> { [CreditGrade.A] = a, [CreditGrade.B] = b, [CreditGrade.C] = c, [CreditGrade.D] = d },
    };

    public double RatioFor(CreditGrade grade) => RatioByGrade?.GetValueOrDefault(grade) ?? 0;
}
