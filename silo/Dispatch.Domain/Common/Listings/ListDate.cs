using System.Globalization;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Common.Listings;

/// <summary>A list's from/to bound: an ISO 8601 date-time, or a date meaning the start of that China day.</summary>
public static class ListDate
{
    /// <summary>The years a bound may name: list members carry 13-digit milliseconds (good to 2286), and a year
    /// outside these is a typo, not a question.</summary>
    public const int FirstYear = 2000, LastYear = 2100;

    public static bool TryParse(string text, out DateTimeOffset at)
    {
        at = default;
        if (text.Length > 40) return false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day.Year is < FirstYear or > LastYear) return false;
            at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
            return true;
        }
        // A date-time without an offset is read as China time: that is what a user in the county means.
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)) return false;
        if (parsed.Year is < FirstYear or > LastYear) return false;
        at = HasOffset(text.Trim()) ? parsed : new DateTimeOffset(parsed.DateTime, ChinaTime.Offset);
        return true;
    }

    /// <summary>Whether the text ends in an offset (Z, +08:00, -0500): looked for after the time of day only, so the
    /// date's own hyphens, with a T or a space before the time, are never taken for one.</summary>
    static bool HasOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z')) return true;
        var time = text.IndexOfAny(['T', 't', ' ']);
        return time >= 0 && text.IndexOfAny(['+', '-'], time) > time;
    }
}
