namespace Dispatch.Domain.Inspections.Draws;

/// <summary>What <see cref="Draw.Run"/> decided: a finished record, or field errors (400) and nothing drawn.</summary>
public sealed record DrawCheck(DrawRecord? Record, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static DrawCheck Ok(DrawRecord record) => new(record, null);
    public static DrawCheck Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
