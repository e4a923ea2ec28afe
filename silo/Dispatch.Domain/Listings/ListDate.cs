using System.Globalization;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Listings;

/// <summary>A list's from/to bound: an ISO 8601 date-time, or a date meaning the start of that China day.</summary>
public static class ListDate
{
    public static bool TryParse(string text, out DateTimeOffset at)
    {
        at = default;
        if (text.Length > 40) return false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), DeadlineRules.ChinaStandardTime);
            return true;
        }
        // A date-time without an offset is read as China time: that is what a user in the county means.
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)) return false;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T');
        at = hasOffset ? parsed : new DateTimeOffset(parsed.DateTime, DeadlineRules.ChinaStandardTime);
        return true;
    }
}
