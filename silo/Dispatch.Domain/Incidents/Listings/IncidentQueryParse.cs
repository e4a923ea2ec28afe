using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.County;
using Dispatch.Domain.Incidents;
using Dispatch.Domain.Whistles.Listings;

namespace Dispatch.Domain.Incidents.Listings;

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
        var statuses = ListQueryParse.Statuses<IncidentStatus>(t.Status, "事件状态", errors);
        var zone = ListQueryParse.Known("zoneId", t.ZoneId, county.HasZone, "片区", errors);
        var township = ListQueryParse.Known("townshipId", t.TownshipId, id => county.Township(id) is not null, "乡镇", errors);
        var department = ListQueryParse.Known("departmentId", t.DepartmentId, county.HasDepartment, "部门", errors);
        var category = ListQueryParse.Known("category", t.Category, id => county.Category(id) is not null, "事件类别", errors);
        var from = Date("from", t.From, errors);
        var to = Date("to", t.To, errors);
        if (from is { } f && to is { } e && e <= f) errors["to"] = ["结束时间须晚于开始时间"];
        string? text = null;
        if (t.Q is { Length: > 0 } q)
        {
            if (q.Length > 100) errors["q"] = ["搜索内容最多 100 个字符"];
            else text = q.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        }
        var after = ListQueryParse.After(t.Cursor, errors);
        var limit = ListQueryParse.Limit(t.Limit, errors);
        if (errors.Count > 0) return new(null, errors);
        return new(new IncidentQuery(statuses, zone, township, department, category, from, to, text, after, limit), errors);
    }

    static DateTimeOffset? Date(string field, string? text, Dictionary<string, string[]> errors)
    {
        if (text is not { Length: > 0 }) return null;
        if (ListDate.TryParse(text, out var at)) return at;
        errors[field] = ["时间格式须为 yyyy-MM-dd 或 ISO 8601 时间"];
        return null;
    }
}
