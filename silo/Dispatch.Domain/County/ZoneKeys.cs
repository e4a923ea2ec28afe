namespace Dispatch.Domain.County;

public static class ZoneKeys
{
    /// <summary>The zone key for officers stationed at county level rather than in a township.</summary>
    public const string CountyLevel = "county-level";
}
