using System.Text.Json.Serialization;

namespace Dispatch.Load;

// The incident part of the gateway's public contract, as a reporter and an officer's device see it (JSON,
// camelCase, enums as camelCase strings). Only the fields the dispatch bench reads are declared.

/// <summary>One entry of <c>GET /api/categories</c>: which department handles the category, with which qualification.</summary>
public sealed record CategoryListing(string Id, string Name, string DepartmentId, string? Qualification);

/// <summary><c>GET /api/county</c>, reduced to the townships the caller may see.</summary>
public sealed record CountyListing(string Id, string Name, IReadOnlyList<TownshipListing> Townships);

public sealed record TownshipListing(string Id, string Name, string ZoneId, PolygonListing Outline);

/// <summary>GeoJSON Polygon: rings of [lon, lat]; the first ring is the outline.</summary>
public sealed record PolygonListing(string Type, double[][][] Coordinates);

/// <summary><c>POST /api/incidents</c>'s body; township and source are left out when not given (the dispatch bench
/// lets the system derive the township and take the reporter's own source).</summary>
public sealed record IncidentReport(string Category, string Description, string Priority, OfficerPosition Location,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TownshipId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null);

/// <summary>The incident <c>POST /api/incidents</c> answers with (201 new, 200 merged).</summary>
public sealed record IncidentCreated(string Id, string Status, string? AssignedOfficerId, bool Merged);

/// <summary><c>assignmentOffered</c> on /hubs/field: the device is offered an incident.</summary>
public sealed record AssignmentOffer(string IncidentId, string Category, string Priority, string Description,
    OfficerPosition Location, double? DistanceMeters, DateTimeOffset? Deadline);

/// <summary><c>POST /api/incidents/{id}/actions/{action}</c>'s body; only handle needs a result.</summary>
public sealed record IncidentActionBody(string? Result = null);

public static class IncidentNames
{
    public const string AssignmentOffered = "assignmentOffered";
    /// <summary>The floor hub's method: pushes one assignmentOffered-shaped message back to the caller.</summary>
    public const string Offer = "Offer";
    /// <summary>What the device does with every offer, in order, so its officer is free for the next incident.</summary>
    public static readonly string[] CompletionActions = ["acknowledge", "arrive", "handle"];
    public const string HandledResult = "已处置";
}
