namespace Dispatch.Domain.Inspections.Draws;

/// <summary>What a draw is asked for; kept in the record because a re-run needs it.</summary>
public sealed record DrawParameters(int InspectorsPerVisit = DrawParameters.MinimumInspectors)
{
    /// <summary>At least two licensed inspectors per check (DOMAIN.md §4 rule 8).</summary>
    public const int MinimumInspectors = 2;
    /// <summary>A bound so that a typo cannot empty the pool into one visit.</summary>
    public const int MaximumInspectors = 10;
}
