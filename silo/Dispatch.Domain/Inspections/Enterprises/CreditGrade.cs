namespace Dispatch.Domain.Inspections.Enterprises;

/// <summary>信用分级分类监管: A is the most trusted; sampling ratios are set per grade.</summary>
public enum CreditGrade
{
    A,
    B,
    C,
    D,
}
