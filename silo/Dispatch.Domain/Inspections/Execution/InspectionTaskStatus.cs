namespace Dispatch.Domain.Inspections.Execution;

/// <summary>Where a joint visit stands: planned by the run, staffed by a draw, inspected (results recorded), published (一公开).</summary>
public enum InspectionTaskStatus
{
    Planned,
    Drawn,
    Inspected,
    Published,
}
