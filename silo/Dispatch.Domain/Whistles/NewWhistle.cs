using Dispatch.Domain.Geo;

namespace Dispatch.Domain.Whistles;

/// <summary>A checked whistle draft, ready to be numbered and filed.</summary>
public sealed record NewWhistle(
    string Title,
    string Description,
    WhistleUrgency Urgency,
    string TownshipId,
    string ZoneId,
    GeoPoint Location,
    IReadOnlyList<WhistlePart> Parts,
    string? IncidentId);
