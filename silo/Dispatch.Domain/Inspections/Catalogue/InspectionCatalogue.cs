using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Domain.Inspections.Catalogue;

/// <summary>The county's inspection items and its "一件事" scenarios, which name items by code.</summary>
public sealed record InspectionCatalogue(IReadOnlyList<InspectionItem> Items, IReadOnlyList<InspectionScenario> Scenarios)
{
    public static readonly InspectionCatalogue Empty = new([], []);

    public InspectionItem? Item(string? code) => Items.FirstOrDefault(i => i.Code == code);

    public InspectionScenario? Scenario(string? id) => Scenarios.FirstOrDefault(s => s.Id == id);
}
