namespace Dispatch.Domain.Whistles;

/// <summary>What a missed time limit sets off: first a reminder to the department's desk (催办), then the zone centre (督办).</summary>
public enum LapseLevel
{
    Remind,
    Escalate,
}
