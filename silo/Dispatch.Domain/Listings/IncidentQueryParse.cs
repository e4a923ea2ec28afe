using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;

namespace Dispatch.Domain.Listings;

/// <summary>The query string of GET /api/incidents as the caller typed it.</summary>
public sealed record IncidentQueryText(string? Status, string? ZoneId, string? TownshipId, string? DepartmentId, string? Category,
    string? From, string? To, string? Q, string? Cursor, string? Limit);

/// <summary>Reads a query string into an <see cref="IncidentQuery"/>, or every field's error (nothing is guessed).</summary>
public static class IncidentQueryParse
{
    public sealed record Result(IncidentQuery? Query, Dictionary<string, string[]> Errors);

    public static Result Parse(IncidentQueryText t, CountyDirectory county)
    {
        var errors = new Dictionary<string, string[]>();
        var statuses = new List<IncidentStatus>();
        if (t.Status is { Length: > 0 } status)
        {
            foreach (var part in status.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(20))
                if (WireNames.Parse<IncidentStatus>(part) is { } s) { if (!statuses.Contains(s)) statuses.Add(s); }
                else { errors["status"] = [$"未知的事件状态：{InputLimits.Quote(part)}"]; break; }
        }
        Known("zoneId", t.ZoneId, county.HasZone, "片区", errors);
        Known("townshipId", t.TownshipId, id => county.Township(id) is not null, "乡镇", errors);
        Known("departmentId", t.DepartmentId, county.HasDepartment, "部门", errors);
        Known("category", t.Category, id => county.Category(id) is not null, "事件类别", errors);
        var from = Date("from", t.From, errors);
        var to = Date("to", t.To, errors);
        if (from is { } f && to is { } e && e <= f) errors["to"] = ["结束时间须晚于开始时间"];
        string? text = null;
        if (t.Q is { Length: > 0 } q)
        {
            if (q.Length > 100) errors["q"] = ["搜索内容最多 100 个字符"];
            else text = q.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        }
        string? after = null;
        if (t.Cursor is { Length: > 0 } cursor && (after = ListCursor.Decode(cursor)) is null)
            errors["cursor"] = ["翻页游标无效，请从第一页重新查询"];
        var limit = ListPaging.DefaultLimit;
        if (t.Limit is { Length: > 0 } l && (!int.TryParse(l, out limit) || limit is < 1 or > ListPaging.MaxLimit))
            errors["limit"] = [$"limit 须为 1–{ListPaging.MaxLimit} 的整数"];
        if (errors.Count > 0) return new(null, errors);
        return new(new IncidentQuery(statuses, Blank(t.ZoneId), Blank(t.TownshipId), Blank(t.DepartmentId), Blank(t.Category), from, to, text, after, limit), errors);
    }

    static string? Blank(string? s) => s is { Length: > 0 } ? s : null;

    static void Known(string field, string? id, Func<string, bool> exists, string what, Dictionary<string, string[]> errors)
    {
        if (id is not { Length: > 0 }) return;
        if (id.Length > InputLimits.Id || !exists(id)) errors[field] = [$"未知的{what}：{InputLimits.Quote(id)}"];
    }

    static DateTimeOffset? Date(string field, string? text, Dictionary<string, string[]> errors)
    {
        if (text is not { Length: > 0 }) return null;
        if (ListDate.TryParse(text, out var at)) return at;
        errors[field] = ["时间格式须为 yyyy-MM-dd 或 ISO 8601 时间"];
        return null;
    }
}
