using Dispatch.Gateway.Features.Incidents;

namespace Dispatch.Gateway.Features.Hotline;

/// <summary>A command centre's decision on a triaged ticket: its category and where it is.</summary>
public sealed record TriagePlacement(string? Category, IncidentEndpoints.LocationRequest? Location);
