namespace Dispatch.Domain.Officers;

/// <summary>What an incident's progress means for the officer doing it, so the officer never taps a status by hand.</summary>
public enum WorkStep
{
    Assigned,
    Acknowledged,
    Arrived,
    Finished,
    Released,
}
