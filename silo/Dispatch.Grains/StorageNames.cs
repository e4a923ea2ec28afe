namespace Dispatch.Grains;

public static class StorageNames
{
    /// <summary>The grain storage provider every Dispatch grain uses: memory in embedded mode, Redis in a cluster.</summary>
    public const string Dispatch = "dispatch";
}
