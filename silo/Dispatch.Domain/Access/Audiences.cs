namespace Dispatch.Domain.Access;

/// <summary>Names of live-feed audiences: every zone batch goes to its zone, and is split by department and township.</summary>
public static class Audiences
{
    public static string Zone(string zoneId) => "zone:" + zoneId;
    public static string Department(string departmentId) => "dept:" + departmentId;
    public static string Township(string townshipId) => "township:" + townshipId;
}
