using Dispatch.Domain.Common.Listings;
using Dispatch.Domain.County;
using Dispatch.Domain.Whistles;

namespace Dispatch.Domain.Whistles.Listings;

/// <summary>The query string of GET /api/whistles as the caller typed it.</summary>
public sealed record WhistleQueryText(string? Status, string? TownshipId, string? DepartmentId, string? Cursor, string? Limit);

/// <summary>Reads a query string into a <see cref="WhistleQuery"/>, or every field's error (nothing is guessed).</summary>
public static class WhistleQueryParse
{
    public sealed record Result(WhistleQuery? Query, Dictionary<string, string[]> Errors);

    public static Result Parse(WhistleQueryText t, CountyDirectory county)
    {
        var errors = new Dictionary<string, string[]>();
        var statuses = ListQueryParse.Statuses<WhistleStatus>(t.Status, "吹哨状态", errors);
        var township = ListQueryParse.Known("townshipId", t.TownshipId, id => county.Township(id) is not null, "乡镇", errors);
        var department = ListQueryParse.Known("departmentId", t.DepartmentId, county.HasDepartment, "部门", errors);
        var after = ListQueryParse.After(t.Cursor, errors);
        var limit = ListQueryParse.Limit(t.Limit, errors);
        return errors.Count > 0 ? new(null, errors) : new(new WhistleQuery(statuses, township, department, after, limit), errors);
    }
}
