using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Hotline;

/// <summary>
/// Maps a 12345 category text onto the county's category catalogue: the county file's mapping table
/// (<c>incidents.hotlineCategories</c>) first, then a category's own name or id. Anything else is unmapped and goes to
/// triage, where a command centre picks the category; the system never guesses.
/// </summary>
public static class HotlineCategoryMap
{
    public static IncidentCategory? Resolve(string text, CountyDirectory county)
    {
        var key = text.Trim();
        if (county.Data.Incidents.HotlineCategories.TryGetValue(key, out var mapped)) return county.Category(mapped);
        return county.Data.Categories.FirstOrDefault(c => c.Name == key || string.Equals(c.Id, key, StringComparison.OrdinalIgnoreCase));
    }
}
