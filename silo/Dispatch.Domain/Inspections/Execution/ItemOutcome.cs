namespace Dispatch.Domain.Inspections.Execution;

/// <summary>
/// What a check of one item found (DOMAIN.md §4 rule 10): nothing (archived), a problem (the penalty procedure follows),
/// or a severe or regional hazard (reported to the local government).
/// </summary>
public enum ItemOutcome
{
    Pass,
    Problem,
    Severe,
}
