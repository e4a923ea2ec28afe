namespace Dispatch.Load;

// The whistle part of the gateway's public contract (JSON, camelCase, enums as camelCase strings), as the township,
// its leader, a department's desk and an officer's device see it. Only the fields the whistle bench reads are declared.

/// <summary><c>POST /api/whistles</c>'s body: one lead department and any assisting ones.</summary>
public sealed record WhistleRequest(string Title, string Description, OfficerPosition Location, string TownshipId, string Urgency,
    IReadOnlyList<WhistlePartRequest> Departments);

public sealed record WhistlePartRequest(string DepartmentId, string Role, string Needs);

/// <summary>A whistle as <c>POST /api/whistles</c>, its actions and <c>GET /api/whistles</c> answer.</summary>
/// <summary>One page of GET /api/whistles (open whistles of one township fit in one page of 200).</summary>
public sealed record WhistlePage(IReadOnlyList<WhistleListing> Items, string? NextCursor);

public sealed record WhistleListing(string Id, string Status, string Title, IReadOnlyList<WhistlePartListing> Departments);

public sealed record WhistlePartListing(string DepartmentId, string Status, IReadOnlyList<string>? OfficerIds);

/// <summary><c>POST /api/whistles/{id}/actions/{action}</c>'s body: approve {}, assign departmentId + officerIds, cancel a reason.</summary>
public sealed record WhistleActionBody(string? DepartmentId = null, IReadOnlyList<string>? OfficerIds = null, string? Reason = null);

/// <summary><c>whistleChanged</c> on /hubs/console (and on the devices of the officers sent): enough to redraw a row.</summary>
public sealed record WhistleChange(string Id, string Status, string TownshipId, string Urgency,
    IReadOnlyList<WhistlePartState> Departments, DateTimeOffset UpdatedAt);

public sealed record WhistlePartState(string DepartmentId, string Status);

/// <summary><c>whistleTaskOffered</c> on /hubs/field: a whistle task for this officer.</summary>
public sealed record WhistleTaskOffer(string WhistleId, string Title, string Urgency, OfficerPosition Location, string DepartmentId,
    DateTimeOffset? Deadline);

public static class WhistleNames
{
    public const string WhistleChanged = "whistleChanged";
    public const string TaskOffered = "whistleTaskOffered";
    public const string Open = "open";
    /// <summary>Urgent waits for the leader's approval (emergency would skip it, and with it the measured step).</summary>
    public const string Urgency = "urgent";
    /// <summary>Every whistle of the bench has a title starting so; open ones left by an interrupted run are cancelled first.</summary>
    public const string TitlePrefix = "负载测试吹哨";
    public const string CancelReason = "负载测试：测量完毕";
}
