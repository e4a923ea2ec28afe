namespace Dispatch.Domain.Inspections.Execution;

/// <summary>An out-of-plan check: allowed, queued for a later plan (not filed early enough), or taken into a planner run.</summary>
public enum AdhocFilingStatus
{
    Allowed,
    Queued,
    Planned,
}
