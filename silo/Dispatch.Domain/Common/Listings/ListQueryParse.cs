using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Common.Listings;

/// <summary>
/// The parts every list's query string shares: several comma-separated statuses, ids that must be known, the cursor
/// and the limit. Each part records its own field's error and guesses nothing; a list's parse adds only its filters.
/// </summary>
public static class ListQueryParse
{
    /// <summary>Distinct statuses in the order given (at most 20 read), or the first unknown one as the error of <c>status</c>.</summary>
    public static IReadOnlyList<T> Statuses<T>(string? text, string what, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        var statuses = new List<T>();
        if (text is not { Length: > 0 }) return statuses;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(20))
            if (WireNames.Parse<T>(part) is { } s) { if (!statuses.Contains(s)) statuses.Add(s); }
            else { errors["status"] = [$"未知的{what}：{InputLimits.Quote(part)}"]; break; }
        return statuses;
    }

    /// <summary>The id when given and known; null when not given; an error when unknown (or too long to be an id).</summary>
    public static string? Known(string field, string? id, Func<string, bool> exists, string what, Dictionary<string, string[]> errors)
    {
        if (id is not { Length: > 0 }) return null;
        if (id.Length <= InputLimits.Id && exists(id)) return id;
        errors[field] = [$"未知的{what}：{InputLimits.Quote(id)}"];
        return null;
    }

    /// <summary>The member a cursor stands for (the next page starts strictly below it); null on the first page.</summary>
    public static string? After(string? cursor, Dictionary<string, string[]> errors)
    {
        if (cursor is not { Length: > 0 }) return null;
        if (ListCursor.Decode(cursor) is { } member) return member;
        errors["cursor"] = ["翻页游标无效，请从第一页重新查询"];
        return null;
    }

    /// <summary>1–<see cref="ListPaging.MaxLimit"/>, <see cref="ListPaging.DefaultLimit"/> when not given.</summary>
    public static int Limit(string? limit, Dictionary<string, string[]> errors)
    {
        if (limit is not { Length: > 0 }) return ListPaging.DefaultLimit;
        if (int.TryParse(limit, out var n) && n is >= 1 and <= ListPaging.MaxLimit) return n;
        errors["limit"] = [$"limit 须为 1–{ListPaging.MaxLimit} 的整数"];
        return ListPaging.DefaultLimit;
    }
}
