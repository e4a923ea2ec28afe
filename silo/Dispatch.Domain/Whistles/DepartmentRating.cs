namespace Dispatch.Domain.Whistles;

/// <summary>The township's rating of one department's response, result and attitude, 1–5 each.</summary>
public sealed record DepartmentRating(int Response, int Result, int Attitude)
{
    public const int Min = 1, Max = 5;

    public bool IsValid => new[] { Response, Result, Attitude }.All(v => v is >= Min and <= Max);

    public double Average => (Response + Result + Attitude) / 3.0;
}
