namespace Dispatch.Load;

// The gateway's public contract as a device and a console see it (JSON, camelCase). Declared here rather than
// referenced: the tool talks to the system only over the wire.

public sealed record LoginRequest(string Username, string Password);

public sealed record LoginResponse(string AccessToken, string Role, DateTimeOffset ExpiresAt);

public sealed record OfficerPosition(double Lat, double Lon);

public sealed record OfficerListing(string Id, string Code, string? Status, OfficerPosition? Position,
    string? DepartmentId = null, string? TownshipId = null);

/// <summary><c>ReportPosition</c>'s argument on /hubs/field (and <c>Echo</c>'s on the floor hub).</summary>
public sealed record FixReport(double Lat, double Lon, double Accuracy, DateTimeOffset DeviceTime);

/// <summary><c>ReportPosition</c>'s answer: outcome is accepted or ignoredTooFrequent, ignoredOutOfOrder, ...</summary>
public sealed record ReportAck(bool Accepted, string Outcome);

/// <summary>One entry of an <c>officersMoved</c> batch; <c>time</c> is the fix's device time.</summary>
public sealed record MovedEntry(string OfficerId, double Lat, double Lon, string? Status, DateTimeOffset Time);

public sealed record StatusChangedEntry(string OfficerId, string? Status, DateTimeOffset Time);

public static class HubNames
{
    public const string FieldHub = "/hubs/field";
    public const string ConsoleHub = "/hubs/console";
    public const string ReportPosition = "ReportPosition";
    public const string SetOnDuty = "SetOnDuty";
    public const string Echo = "Echo";
    public const string OfficersMoved = "officersMoved";
    public const string OfficerStatusChanged = "officerStatusChanged";
}
