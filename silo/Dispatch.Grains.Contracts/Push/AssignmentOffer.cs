using Dispatch.Domain.Geo;
using Dispatch.Domain.Incidents;

namespace Dispatch.Grains.Contracts.Push;

/// <summary>An assignment as the officer's device shows it.</summary>
public sealed record AssignmentOffer(string IncidentId, string Category, Priority Priority, string Description,
    GeoPoint Location, double? DistanceMeters, DateTimeOffset? Deadline);
