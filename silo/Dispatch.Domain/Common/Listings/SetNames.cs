namespace Dispatch.Domain.Common.Listings;

/// <summary>
/// The names of the query model's index sets that the lists share (<see cref="IncidentSets"/>, <see cref="WhistleSets"/>):
/// one spelling, so a set written by one list's shape is read by the same name.
/// </summary>
public static class SetNames
{
    public const string All = "all";
    public const string Open = "open";

    public static string Zone(string id) => "zone:" + id;
    public static string Township(string id) => "township:" + id;
    public static string Department(string id) => "dept:" + id;
    public static string Officer(string id) => "officer:" + id;
    public static string Reporter(string username) => "reporter:" + username;
    public static string Status(string wireName) => "status:" + wireName;
    /// <summary>The open variant of a set: only the items of it that are still open.</summary>
    public static string OpenOf(string set) => set + ":open";
}
