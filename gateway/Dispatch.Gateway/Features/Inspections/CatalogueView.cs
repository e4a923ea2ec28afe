using Dispatch.Domain.Inspections;
using Dispatch.Domain.Inspections.Catalogue;
using Dispatch.Domain.Inspections.Planning;

namespace Dispatch.Gateway.Features.Inspections;

/// <summary>The county's inspection items and scenarios (GET /api/inspections/scenarios).</summary>
public sealed record CatalogueView(IReadOnlyList<InspectionItem> Items, IReadOnlyList<InspectionScenario> Scenarios);
