namespace Dispatch.Domain.Incidents;

/// <summary>
/// What an action's input decided, where that decides the next status: a verification passes or fails (返工). Internal
/// to the table: on the wire it stays <c>verify {"accepted"}</c>.
/// </summary>
public enum TransitionCheck
{
    None,
    Passed,
    Failed,
}
