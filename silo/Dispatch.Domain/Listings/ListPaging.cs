namespace Dispatch.Domain.Listings;

/// <summary>The paging contract shared by every list: limit 1–200, 50 when not given.</summary>
public static class ListPaging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>How many stored items one request may look at before it answers with what it found and a cursor:
    /// a filter that matches little never turns one request into a scan of the county's year.</summary>
    public const int ScanBudget = 4000;
}
