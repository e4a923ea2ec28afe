namespace Dispatch.Domain.Inspections.Planning;

/// <summary>Which enterprises a scenario concerns; an empty or missing list does not narrow.</summary>
public sealed record ScenarioFilter(IReadOnlyList<string>? Industries = null, IReadOnlyList<RiskLevel>? RiskLevels = null, IReadOnlyList<string>? TownshipIds = null)
{
    public static readonly ScenarioFilter All = new();

    public bool Matches(EnterpriseRecord e) =>
        (Industries is not { Count: > 0 } || Industries.Contains(e.Industry))
        && (RiskLevels is not { Count: > 0 } || RiskLevels.Contains(e.RiskLevel))
        && (TownshipIds is not { Count: > 0 } || TownshipIds.Contains(e.TownshipId));
}
