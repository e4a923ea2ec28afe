namespace Dispatch.Domain.Inspections.Draws;

/// <summary>
/// What a person in the inspector directory is. Only licensed officers inspect: grid workers (网格员) and auxiliary staff
/// (辅助人员) never do (DOMAIN.md §4 rule 8), so the draw leaves them out before the pool is frozen.
/// </summary>
public enum StaffKind
{
    Officer,
    GridWorker,
    Auxiliary,
}
