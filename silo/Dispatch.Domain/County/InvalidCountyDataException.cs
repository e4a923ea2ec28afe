namespace Dispatch.Domain.County;

public sealed class InvalidCountyDataException(IReadOnlyList<string> errors)
    : Exception("County data is invalid: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
