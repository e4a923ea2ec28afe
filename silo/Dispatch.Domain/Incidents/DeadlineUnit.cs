namespace Dispatch.Domain.Incidents;

/// <summary>The unit a rule counts in, as the documents name it.</summary>
public enum DeadlineUnit
{
    Minutes,
    Hours,
    NaturalDays,
    WorkingDays,
}
