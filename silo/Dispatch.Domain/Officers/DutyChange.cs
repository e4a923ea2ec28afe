namespace Dispatch.Domain.Officers;

public readonly record struct DutyChange(OfficerStatus Status, string? Error = null)
{
    public bool Refused => Error is not null;
}
